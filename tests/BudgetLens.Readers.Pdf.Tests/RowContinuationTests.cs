using BudgetLens.Readers.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BudgetLens.Readers.Pdf.Tests;

/// <summary>A table row broken over a page break is joined back; text drawn outside the page is not read.</summary>
public sealed class RowContinuationTests
{
    private static RowCell Cell(string text, double slot0, double slot1, double ink0 = double.NaN, double lastX1 = double.NaN, double charWidth = 10) =>
        text.Length == 0 ? new RowCell("", slot0, slot1, double.NaN, double.NaN)
            : new RowCell(text, slot0, slot1, ink0, lastX1, lastX1, charWidth);

    [Fact]
    public void Text_under_a_cell_cut_at_its_right_edge_continues_it()
    {
        // | | 八、社会保障和就 (filled to the edge) | 1,608.51 |   then on the next page   | | 业支出 | |
        List<RowCell> prev = [Cell("", 0, 50), Cell("八、社会保障和就", 50, 131, 52, 130.5), Cell("1,608.51", 131, 200, 160, 198)];
        List<RowCell> next = [Cell("", 0, 50), Cell("业支出", 50, 131, 52, 82), Cell("", 131, 200)];
        Assert.Equal([(1, 1)], RowContinuation.Targets(prev, next)!);
    }

    [Fact]
    public void A_complete_row_on_the_next_page_stays_a_row()
    {
        // the cell above ends well before its edge: 专户管理教育收费 is complete, 其他非税收入 is the next row
        List<RowCell> prev = [Cell("", 0, 50), Cell("专户管理教育收费", 50, 210, 60, 140), Cell("", 210, 280)];
        List<RowCell> next = [Cell("", 0, 50), Cell("其他非税收入", 50, 210, 60, 120), Cell("", 210, 280)];
        Assert.Null(RowContinuation.Targets(prev, next));
    }

    [Theory]
    [InlineData("2010101")]
    [InlineData("二、外交支出")]
    [InlineData("（一）基本支出")]
    [InlineData("1,608.51")]
    public void A_row_starting_an_item_or_holding_an_amount_is_no_continuation(string text)
    {
        List<RowCell> prev = [Cell("一、一般公共服务支", 0, 100, 2, 99.8)];
        List<RowCell> next = [Cell(text, 0, 100, 2, 60)];
        Assert.Null(RowContinuation.Targets(prev, next));
    }

    [Fact]
    public void Text_drawn_outside_the_page_is_not_read()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Printed on the page", 12, new PdfPoint(100, 700), font);
        page.AddText("Clipped below the page", 12, new PdfPoint(100, -300), font);
        page.AddText("Clipped right of the page", 12, new PdfPoint(700, 400), font);
        var outcome = PdfTextReader.Decode("offpage.pdf", builder.Build());
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(["Printed on the page"], outcome.Value!.Lines.Select(l => l.Raw).ToArray());
    }
}
