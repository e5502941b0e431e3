using BudgetLens.Readers.Pdf.Stream;

namespace BudgetLens.Readers.Pdf.Tests;

/// <summary>Column detection without ruling lines (StreamColumns, StreamTables) on synthetic glyphs: 10 pt, 10 pt per CJK character, 5.5 pt per digit.</summary>
public sealed class StreamColumnsTests
{
    private static List<Glyph> Word(string text, double x, double baseline)
    {
        var glyphs = new List<Glyph>();
        foreach (var ch in text)
        {
            double w = ch > 0x2E80 ? 10 : 5.5;
            if (ch != ' ') glyphs.Add(new Glyph(ch.ToString(), x, baseline - 1, x + w, baseline + 8, baseline, 10, x, x + w));
            x += w;
        }
        return glyphs;
    }

    private static List<Segment> Segments(params (string Text, double X, double Y)[] words) =>
        GlyphLine.Build(words.SelectMany(w => Word(w.Text, w.X, w.Y))).SelectMany(Segment.Split).ToList();

    private static double Right(string text, double right) => right - text.Sum(c => c > 0x2E80 ? 10 : 5.5);

    [Fact]
    public void Gaps_that_stay_empty_across_rows_separate_columns_and_a_centred_total_does_not_merge_them()
    {
        var body = Segments(
            ("合计", 150, 700), (("1,528.60"), Right("1,528.60", 380), 700),
            ("201", 54, 680), ("一般公共服务支出", 114, 680), ("1,328.60", Right("1,328.60", 380), 680),
            ("2010101", 54, 660), ("行政运行", 114, 660), ("1,208.40", Right("1,208.40", 380), 660));
        var columns = StreamColumns.Find(body, []);
        Assert.Equal(3, columns.Count);
        Assert.Equal(1, columns.ColumnAt(160)); // the total label sits in the name column
        Assert.Equal(2, columns.ColumnAt(350));
    }

    [Fact]
    public void A_code_fused_with_its_name_and_per_character_words_stay_one_segment()
    {
        var line = GlyphLine.Build(Word("2010101 行政运行", 54, 700)).Single();
        var segment = Assert.Single(Segment.Split(line));
        Assert.Equal("2010101 行政运行", segment.Text);
        Assert.False(segment.IsAmount);
        Assert.True(Segments(("1,208.40", 300, 700))[0].IsDecimalAmount);
    }

    [Fact]
    public void Header_labels_own_right_aligned_amounts_and_a_label_over_an_empty_column_makes_a_column()
    {
        // amounts right-aligned at 400 and 560; the header labels are left-aligned at 334, 414 and 494: the middle column is empty in the body
        var body = Segments(("201", 54, 680), ("300.00", Right("300.00", 400), 680), ("100.00", Right("100.00", 560), 680),
                            ("202", 54, 660), ("200.00", Right("200.00", 400), 660), ("200.00", Right("200.00", 560), 660));
        var header = Segments(("编码", 54, 700), ("合计", 334, 700), ("基本支出", 414, 700), ("项目支出", 494, 700));
        var columns = StreamColumns.Find(body, header);
        Assert.Equal(4, columns.Count);
        Assert.Equal(1, columns.ColumnAt(Right("300.00", 400) + 1));
        Assert.Equal(1, columns.ColumnAt(340));
        Assert.Equal(2, columns.ColumnAt(420));
        Assert.Equal(3, columns.ColumnAt(500));
        Assert.Equal(3, columns.ColumnAt(Right("100.00", 560) + 1));
    }

    [Fact]
    public void A_group_label_centred_over_two_columns_spans_them()
    {
        var body = Segments(("201", 54, 680), ("300.00", Right("300.00", 400), 680), ("100.00", Right("100.00", 480), 680));
        var columns = StreamColumns.Find(body, []);
        Assert.Equal((1, 2), columns.Span(380, 420));
        Assert.Equal((1, 1), columns.Span(360, 395));
    }

    [Fact]
    public void A_ruleless_table_becomes_tab_joined_rows_and_text_around_it_stays_text()
    {
        var glyphs = new List<Glyph>();
        void Add(string t, double x, double y) => glyphs.AddRange(Word(t, x, y));
        Add("单位：万元", 480, 760);
        Add("科目编码", 54, 740); Add("科目名称", 114, 740); Add("合计", 360, 740);
        Add("201", 54, 720); Add("一般公共服务支出", 114, 720); Add("300.00", Right("300.00", 400), 720);
        Add("2010101", 54, 700); Add("行政运行", 114, 700); Add("300.00", Right("300.00", 400), 700);
        Add("说明：本表为测试。", 54, 650);
        var lines = StreamTables.Read(GlyphLine.Build(glyphs)).OrderByDescending(l => l.Order).Select(l => l.Text).ToList();
        Assert.Equal(["单位：万元", "科目编码\t科目名称\t合计", "201\t一般公共服务支出\t300.00", "2010101\t行政运行\t300.00", "说明：本表为测试。"], lines);
    }

    [Fact]
    public void Justified_prose_with_a_number_set_apart_stays_text()
    {
        // renda 2018 p.21: a heading, two sentences, then lines whose justification leaves wide gaps around an amount
        var glyphs = new List<Glyph>();
        void Add(string t, double x, double y) => glyphs.AddRange(Word(t, x, y));
        Add("二、收入预算情况说明", 80, 760);
        Add("本预算反映部门年度总体收入预算情况。填列数与《收支", 80, 730);
        Add("预算总表》收入数一致。", 50, 700);
        Add("本部门本年收入预算合计", 80, 670); Add("15897.44", 400, 670);
        Add("万元，其中：", 50, 640);
        Add("一般公共预算收入 15897.44 万元，占", 80, 610); Add("100", 330, 610); Add("%；", 380, 610);
        Add("其他资金 0 万元，占 0 %。", 80, 580);
        var lines = StreamTables.Read(GlyphLine.Build(glyphs)).OrderByDescending(l => l.Order).Select(l => l.Text).ToList();
        Assert.DoesNotContain(lines, l => l.Contains('\t'));
        Assert.Equal(7, lines.Count);
        Assert.Equal("万元，其中：", lines[4]);
    }
}
