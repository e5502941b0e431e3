using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Narrative;
using static BudgetLens.Recognition.Tests.DelimitedTestDocument;

namespace BudgetLens.Recognition.Tests;

/// <summary>
/// Narrative as a PDF reader gives it: hard-wrapped lines with page boxes, page numbers, a contents list naming the
/// tables, a cover title over two lines and headings wrapped onto a second line (hand-written snippets).
/// </summary>
public sealed class PrintedNarrativeTests
{
    private static BudgetDocument ExtractPrinted(params PrintedLine[] lines) => PrintedDocument.Extract("printed.pdf", 30m, lines);

    // page 1: cover and contents; page 2: the body (left edge 80, right edge 520, paragraphs indented to 112)
    private static readonly PrintedLine[] Printed =
    [
        new("某某省某某厅", 1, 200, 400),
        new("2024年度部门预算公开", 1, 180, 420),
        new("目 录", 1, 270, 330),
        new("第一部分 部门概况", 1, 80, 240),
        new("一、主要职能", 1, 80, 175),
        new("第二部分 2024年度部门预算表", 1, 80, 330),
        new("一、收支预算总表", 1, 80, 207),
        new("二、一般公共预算“三公”经费、会议费、培训费支出预算表", 1, 80, 510),
        new("─ 1 ─", 1, 280, 320),
        new("第一部分 部门概况", 2, 220, 380),
        new("一、主要职能", 2, 112, 207),
        new("（一）社会保障和就业支出（类）行政事业单位离退休（款）", 2, 112, 521),
        new("未归口管理的行政单位离退休（项）支出 15 万元，与上年", 2, 80, 520),
        new("持平。", 2, 80, 130),
        new("（二）住房保障支出（类）", 2, 112, 300),
        new("住房公积金支出 10 万元。", 2, 112, 330),
        new("（三）人员经费 4,704.35 万元", 2, 112, 320),
        new("基本工资 1 万元。", 2, 112, 330),
        new("二、一般公共预算“三公”经费、会议费、培训费支出预", 2, 112, 520),
        new("算表情况说明", 2, 80, 170),
        new("本表反映“三公”经费情况。", 2, 112, 330),
        new("附件：某某省某某厅 2024 年度部门预算公开表", 2, 104, 460),
        new("─ 2 ─", 2, 280, 320),
    ];

    [Fact]
    public void Contents_entries_naming_tables_are_contents_not_tables()
    {
        var doc = ExtractPrinted(Printed);
        Assert.Empty(doc.Tables);
        Assert.Equal(["部门概况", "主要职能", "2024年度部门预算表", "收支预算总表", "一般公共预算“三公”经费、会议费、培训费支出预算表"], doc.Toc.Select(t => t.Title));
        Assert.Equal([1, 2, 1, 2, 2], doc.Toc.Select(t => t.Level));
        AssertAllLinesRecognised(doc);
    }

    [Fact]
    public void A_heading_wrapped_onto_a_second_line_is_one_heading_and_a_wrapped_sentence_is_no_heading()
    {
        var doc = ExtractPrinted(Printed);
        Assert.Equal(["第一部分 部门概况", "一、主要职能", "（二）住房保障支出（类）", "（三）人员经费 4,704.35 万元", "二、一般公共预算“三公”经费、会议费、培训费支出预算表情况说明"],
            doc.Sections.Select(s => s.Heading));
        // the first line runs to the right edge (521) and the next starts unindented (80): one paragraph, though it ends on "）"
        Assert.Equal("（一）社会保障和就业支出（类）行政事业单位离退休（款）未归口管理的行政单位离退休（项）支出 15 万元，与上年持平。", doc.Sections[1].Text);
        var wrapped = doc.Sections[4];
        Assert.Equal((19, 22), (wrapped.Location.Line!.Value, wrapped.Location.EndLine!.Value));
        Assert.Equal("本表反映“三公”经费情况。\n附件：某某省某某厅 2024 年度部门预算公开表", wrapped.Text); // a title with no table under it is text
        AssertAllLinesRecognised(doc);
    }

    [Fact]
    public void A_line_wrapped_at_the_right_edge_continues_its_paragraph_and_a_space_printed_at_a_wrap_is_kept()
    {
        var doc = ExtractPrinted(
            new("一、收入预算情况", 1, 112, 250),
            new("收入预算总额为 13258.53 万元，较上年减少 14162.7 万元、", 1, 112, 520),   // at the edge, ends on 、
            new("其他收入预算减少。其中财政拨款收入 8763.47 万元，较上年增加", 1, 80, 519),
            new("1044.91 万元。", 1, 80, 200),                                       // ends at the edge before a number
            new("事业收入 0 万元，较上年预算安排增加 0 万元；较上年减少 ", 1, 112, 470), // a printed space, then a number too wide for the line
            new("14333.97 万元。", 1, 80, 200),
            new("二、支出预算情况", 1, 112, 250),
            new("支出预算总额为 13258.53 万元。", 1, 112, 300));
        Assert.Equal(["一、收入预算情况", "二、支出预算情况"], doc.Sections.Select(s => s.Heading));
        Assert.Equal("收入预算总额为 13258.53 万元，较上年减少 14162.7 万元、其他收入预算减少。其中财政拨款收入 8763.47 万元，较上年增加 1044.91 万元。\n"
            + "事业收入 0 万元，较上年预算安排增加 0 万元；较上年减少 14333.97 万元。", doc.Sections[0].Text);
    }

    [Fact]
    public void The_issuer_and_year_come_from_a_cover_title_printed_over_two_lines()
    {
        var doc = ExtractPrinted(Printed);
        Assert.Equal("某某省某某厅", doc.Issuer);
        Assert.Equal(2024, doc.Year);
    }

    [Fact]
    public void Without_a_cover_the_issuer_comes_from_a_title_line_never_from_a_part_heading()
    {
        var doc = ExtractPrinted(Printed[2..]);
        Assert.Equal("某某省某某厅", doc.Issuer);
    }

    [Fact]
    public void Text_input_has_no_boxes_and_judges_each_line_alone()
    {
        var doc = Extract("目 录", "第一部分 部门概况", "一、收支预算总表", "第一部分 部门概况", "（一）住房保障支出（类）", "住房公积金支出 10 万元。", "（二）医疗支出（类）", "医疗费 1 万元。");
        Assert.Empty(doc.Tables);
        Assert.Equal(["第一部分 部门概况", "（一）住房保障支出（类）", "（二）医疗支出（类）"], doc.Sections.Select(s => s.Heading));
        AssertAllLinesRecognised(doc);
    }

    [Theory]
    [InlineData("─ 12 ─")]
    [InlineData("— 3 —")]
    [InlineData("- 3 -")]
    public void Page_numbers_between_dashes_or_rules_are_layout(string line) => Assert.True(Pipeline.LayoutMarker.IsLabel(line));

    [Theory]
    [InlineData("（一）人员经费 4,704.35 万元", true)]
    [InlineData("（一）人员经费 4,704.35 万元。主要包括", false)]
    [InlineData("（一）甲,乙", false)]
    public void A_thousands_separator_is_no_sentence_punctuation(string line, bool heading) => Assert.Equal(heading, NarrativeHeading.Parse(line) is not null);
}
