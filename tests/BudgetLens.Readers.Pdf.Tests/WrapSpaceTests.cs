using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace BudgetLens.Readers.Pdf.Tests;

/// <summary>A space glyph printed at the end of a wrapped line (free text or a table cell's line) is kept as one space.</summary>
public sealed class WrapSpaceTests
{
    /// <summary>Glyphs of one line, 10 pt, 10 pt per character; the last one followed by a printed space when <paramref name="spaceAfter"/>.</summary>
    private static List<Glyph> Line(string text, double baseline, bool spaceAfter)
    {
        var glyphs = new List<Glyph>();
        double x = 100;
        foreach (var ch in text)
        {
            glyphs.Add(new Glyph(ch.ToString(), x, baseline - 1, x + 10, baseline + 8, baseline, 10, x, x + 10, SpaceBefore: false));
            x += 10;
        }
        if (spaceAfter) glyphs[^1] = glyphs[^1] with { SpaceAfter = true };
        return glyphs;
    }

    [Fact]
    public void A_cell_line_ending_in_a_printed_space_joins_the_next_with_one_space()
    {
        Assert.Equal("如期实现； 目标2：持续", PageReader.CellText([.. Line("如期实现；", 700, spaceAfter: true), .. Line("目标2：持续", 686, spaceAfter: false)]));
        Assert.Equal("如期实现；目标2：持续", PageReader.CellText([.. Line("如期实现；", 700, spaceAfter: false), .. Line("目标2：持续", 686, spaceAfter: false)]));
        // a space after the cell's last line is no part of its text
        Assert.Equal("目标2", PageReader.CellText(Line("目标2", 700, spaceAfter: true)));
    }

    [Fact]
    public void A_cell_continued_on_the_next_page_keeps_the_space_printed_where_it_was_cut()
    {
        var prev = new List<RowCell> { new("目标1：如期实现；", 0, 100, 2, 99.8, 99.8, 10, SpaceAtEnd: true) };
        var page1 = new PageLines(1, 842, [new OutLine("目标1：如期实现；", 2, 100, 99.8, 110) { Cells = prev }]);
        var page2 = new PageLines(2, 842, [new OutLine("目标2：持续", 2, 700, 60, 710) { Cells = [new("目标2：持续", 0, 100, 2, 60, 60, 10)] }]);
        RowContinuation.Join([page1, page2]);
        Assert.Equal("目标1：如期实现； 目标2：持续", page1.Lines[0].Cells![0].Text);
    }

    [Fact]
    public void A_free_text_line_keeps_the_space_printed_at_its_end()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("Spending fell by ", 12, new PdfPoint(100, 700), font);
        page.AddText("10 per cent.", 12, new PdfPoint(100, 686), font);
        page.AddText("A second paragraph.", 12, new PdfPoint(100, 650), font);
        var outcome = PdfTextReader.Decode("wrap.pdf", builder.Build());
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(["Spending fell by ", "10 per cent.", "A second paragraph."], outcome.Value!.Lines.Select(l => l.Raw).ToArray());
    }
}
