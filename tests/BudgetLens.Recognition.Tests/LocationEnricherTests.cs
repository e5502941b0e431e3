using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tests;

public sealed class LocationEnricherTests
{
    private static TextSource Source(params LineOrigin?[] origins) =>
        new("t.pdf", "pdf", null, origins.Select((o, i) => new SourceLine(i + 1, "x", o)).ToList(), [], SourceFormats.Pdf);

    [Fact]
    public void Pdf_lines_give_their_page_and_the_union_of_their_boxes()
    {
        var source = Source(new LineOrigin { Page = 3, Box = [10m, 700m, 200m, 712m] }, new LineOrigin { Page = 3, Box = [12m, 686m, 260m, 698m] });
        var l = LocationEnricher.Enrich(SourceLocation.Lines(1, 2), source);
        Assert.Equal(3, l.Page);
        Assert.Equal([10m, 686m, 260m, 712m], l.Box);
        Assert.Equal((1, 2), (l.Line!.Value, l.EndLine!.Value));
    }

    [Fact]
    public void Excel_lines_give_their_sheet_and_cell_range()
    {
        var source = Source(new LineOrigin { Sheet = "附件4-2", Cells = ["A7", "B7", "C7"] });
        var l = LocationEnricher.Enrich(SourceLocation.AtLine(1), source);
        Assert.Equal(("附件4-2", "A7:C7"), (l.Sheet, l.Cell));
    }

    [Fact]
    public void Text_input_is_left_alone()
    {
        var source = Source(null, null);
        Assert.Equal(SourceLocation.AtLine(2), LocationEnricher.Enrich(SourceLocation.AtLine(2), source));
    }
}
