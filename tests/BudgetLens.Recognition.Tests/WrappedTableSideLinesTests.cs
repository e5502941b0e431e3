using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>
/// The lines around a table's cells that the printer wrapped (renda 2018 shape, hand-written snippet): the issuer's
/// cell wrapped under its label with the unit line printed between, a note running on over further lines, and a
/// note's second numbered item on a line of its own.
/// </summary>
public sealed class WrappedTableSideLinesTests
{
    /// <summary>A printed line: its text, page, left x, top y and height.</summary>
    private sealed record P(string Text, int Page, decimal X0, decimal Top, decimal Height = 9.3m, decimal X1 = 500m);

    private static BudgetDocument ExtractPrinted(params P[] lines) =>
        DocumentExtractor.Default.Extract(new TextSource("wrapped.pdf", "PDF", null,
            lines.Select((l, i) => new SourceLine(i + 1, l.Text, new LineOrigin { Page = l.Page, Box = [l.X0, l.Top - l.Height, l.X1, l.Top] })).ToList(),
            [], SourceFormats.Pdf));

    private static readonly P[] Printed =
    [
        new("收支预算总表", 1, 260, 668, 17.6m, 370),
        new("部门名称：江苏省某某", 1, 80, 638, 9.2m, 179),
        new("单位:万元", 1, 508, 630, 9.1m, 550),
        new("委员会办公厅", 1, 80, 622.5m, 9.4m, 139),
        new("收入\t\t支出\t", 1, 148, 605),
        new("项目名称\t金额\t项目名称\t金额", 1, 111, 588),
        new("一、财政拨款\t100.00\t一、一般公共服务支出\t100.00", 1, 80, 553),
        new("收入合计\t100.00\t支出合计\t100.00", 1, 80, 535),
        new("1", 1, 296, 57.7m, 6.1m, 299),
        new("一般公共预算机关运行经费支出预算表", 2, 272, 469, 17.6m, 578),
        new("部门名称：江苏省某某委员会办公厅    单位：万元", 2, 100, 428),
        new("科目编码\t科目名称\t机关运行经费支出", 2, 208, 406),
        new("\t合计\t30.00", 2, 287, 383),
        new("302\t商品和服务支出\t30.00", 2, 100, 360),
        new("30201\t办公费\t30.00", 2, 100, 337),
        new("注：1.“机关运行经费”指行政单位使用一般公共预算安排的基本支出中的日常公用经费支出，包括办公及印刷", 2, 99.6m, 131.6m, 9.2m, 748),
        new("费、邮电费、差旅费、会议费、福利费及其他费用。", 2, 100.2m, 111.6m, 9.4m, 400),
        new("2.采购品目名称根据《政府采购品目分类目录》规定品目名称填写。", 2, 114.5m, 93.3m, 10.2m, 499),
        new("2", 2, 421.8m, 57.7m, 6.2m, 429),
    ];

    [Fact]
    public void Every_line_is_read()
    {
        var document = ExtractPrinted(Printed);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "EXT0001");
    }

    [Fact]
    public void An_issuer_cell_wrapped_under_its_label_is_the_whole_name_for_the_table_and_the_document()
    {
        var document = ExtractPrinted(Printed);
        Assert.Equal("江苏省某某委员会办公厅", document.Tables[0].Issuer);
        Assert.Equal("江苏省某某委员会办公厅", document.Issuer);
        Assert.Equal(100.00m, document.Tables[0].Rows.First(r => r.Role == "total").Values["amount"]);
    }

    [Fact]
    public void A_line_not_under_the_issuer_label_does_not_continue_it()
    {
        var moved = Printed.Select((p, i) => i == 3 ? p with { X0 = 300, X1 = 360 } : p).ToArray();
        Assert.Equal("江苏省某某", ExtractPrinted(moved).Tables[0].Issuer);
    }

    [Fact]
    public void A_note_running_on_and_its_next_numbered_item_are_the_note_not_rows()
    {
        var document = ExtractPrinted(Printed);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "EXT0001" && d.Location?.Line is 17 or 18);
        var table = Assert.Single(document.Tables, t => t.Kind == "office-operation-expenses");
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(18, table.Location.EndLine); // the note under the rows and its continuation belong to the table
    }
}
