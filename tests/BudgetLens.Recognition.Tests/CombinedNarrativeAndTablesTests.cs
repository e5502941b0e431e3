using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>
/// One printed file holding the narrative and the tables (renda 2017/2018 shape): a contents entry wrapped onto a
/// second line, a part heading set over two display lines, a table title whose last character is printed on the next
/// line, an empty table with a bracketed remark under it, and narrative parts after the last table (hand-written snippet).
/// </summary>
public sealed class CombinedNarrativeAndTablesTests
{
    private static BudgetDocument ExtractPrinted(params PrintedLine[] lines) => PrintedDocument.Extract("combined.pdf", 20m, lines);

    private static readonly PrintedLine[] Printed =
    [
        new("目 录", 1, 270, 330),
        new("第一部分 部门概况", 1, 80, 240),
        new("一、主要职能", 1, 80, 175),
        new("第二部分 部门预算表", 1, 80, 240),
        new("一、一般公共预算“三公”经费、会议费、培训费支", 1, 80, 520),
        new("出预算表", 1, 260, 330),
        new("二、政府性基金支出预算表", 1, 80, 300),
        new("第三部分 部门预算情况说明", 1, 80, 300),
        new("第一部分 部门概况", 2, 220, 380),
        new("一、主要职能", 2, 112, 207),
        new("本厅负责某某工作。", 2, 112, 330),
        new("二、机构设置", 2, 112, 207),
        new("本厅设 3 个处室，编制 20 名。", 2, 112, 400),
        new("第二部分 江苏省某某厅", 2, 170, 460),
        new("2024 年度部门预算表", 2, 270, 440),
        new("“三公”经费、会议费、培训费支出预算", 3, 120, 480),
        new("表", 3, 290, 305),
        new("部门：某某厅    单位：万元", 3, 80, 520),
        new("合计\t因公出国（境）费\t公务接待费\t会议费\t培训费", 3, 80, 520),
        new("30.00\t10.00\t5.00\t10.00\t5.00", 3, 80, 520),
        new("政府性基金支出预算表", 3, 200, 400),
        new("部门：某某厅    单位：万元", 3, 80, 520),
        new("功能科目代码\t功能科目名称\t金额", 3, 80, 520),
        new("\t合计\t", 3, 80, 520),
        new("(无政府性基金支出）", 3, 250, 350),
        new("第三部分 江苏省某某厅", 4, 170, 460),
        new("2024 年度部门预算情况说明", 4, 250, 470),
        new("一、收支预算总表情况说明", 4, 112, 300),
        new("本表反映部门年度总体收支预算情况。", 4, 112, 420),
        new("二、政府性基金支出预算表情况说明", 4, 112, 330),
        new("无", 4, 112, 130),
    ];

    [Fact]
    public void Every_line_is_read()
    {
        var document = ExtractPrinted(Printed);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "EXT0001");
    }

    [Fact]
    public void A_contents_entry_wrapped_onto_a_short_line_is_one_entry()
    {
        var toc = ExtractPrinted(Printed).Toc;
        Assert.Equal(["部门概况", "主要职能", "部门预算表", "一般公共预算“三公”经费、会议费、培训费支出预算表", "政府性基金支出预算表", "部门预算情况说明"], toc.Select(t => t.Title));
        Assert.Equal(2, toc[3].Level);
    }

    [Fact]
    public void A_title_completed_by_a_short_next_line_is_the_table_title()
    {
        var table = Assert.Single(ExtractPrinted(Printed).Tables, t => t.Kind == "three-public-expenses");
        Assert.Equal("“三公”经费、会议费、培训费支出预算表", table.Title);
        Assert.Equal(16, table.Location.Line);
        Assert.Equal(30.00m, table.Rows.Single().Values["total"]);
    }

    [Fact]
    public void A_bracketed_remark_under_an_empty_table_is_its_note()
    {
        var table = Assert.Single(ExtractPrinted(Printed).Tables, t => t.Kind == "government-fund-expenditure");
        Assert.True(table.Empty);
    }

    [Fact]
    public void Narrative_after_the_last_table_is_read_into_sections_with_its_two_line_part_heading()
    {
        var sections = ExtractPrinted(Printed).Sections;
        Assert.Equal(
            ["第一部分 部门概况", "一、主要职能", "二、机构设置", "第二部分 江苏省某某厅2024 年度部门预算表", "第三部分 江苏省某某厅2024 年度部门预算情况说明", "一、收支预算总表情况说明", "二、政府性基金支出预算表情况说明"],
            sections.Select(s => s.Heading));
        Assert.Null(sections[3].Text);
        Assert.Equal("无", sections[^1].Text);
    }

    [Fact]
    public void A_short_line_completing_no_title_stays_apart()
    {
        var lines = new[] { "十一、一般公共预算“三公”经费、会议费、培训费支", "出预算表情况说明" }.Select((t, i) => new SourceLine(i + 1, t)).ToList();
        var context = new Pipeline.ExtractionContext(new TextSource("t.txt", "UTF-8", null, lines, [], SourceFormats.Text));
        Assert.Null(Pipeline.Segmenter.CompletedTitle(context, 1));
        var joined = new[] { "一般公共预算支出预算", "表" }.Select((t, i) => new SourceLine(i + 1, t)).ToList();
        var context2 = new Pipeline.ExtractionContext(new TextSource("t.txt", "UTF-8", null, joined, [], SourceFormats.Text));
        Assert.Equal("general-budget-expenditure", Pipeline.Segmenter.CompletedTitle(context2, 1));
    }
}
