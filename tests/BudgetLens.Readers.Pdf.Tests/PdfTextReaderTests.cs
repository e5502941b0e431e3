using BudgetLens.Readers.Pdf;
using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Pdf.Tests;

/// <summary>The PDF reader on committed fixtures (written by scripts/pdf-fixtures) and on bad input.</summary>
public sealed class PdfTextReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static TextSource Read(string name)
    {
        var outcome = new PdfTextReader().Read(Fixture(name));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        return outcome.Value!;
    }

    [Fact]
    public void A_ruled_table_becomes_tab_joined_rows_with_page_and_box()
    {
        var source = Read("ruled-table-3-pages.pdf");
        Assert.Equal("pdf", source.Format);
        var rows = source.Lines.Where(l => l.Raw.Contains('\t')).ToList();
        var first = rows.Single(l => l.Raw.StartsWith("201\t", StringComparison.Ordinal));
        Assert.Equal(["201", "Public services", "300.00", "200.00", "100.00"], first.Raw.Split('\t'));
        Assert.Equal(1, first.Origin!.Page);
        Assert.Equal(4, first.Origin.Box!.Count);
        Assert.True(first.Origin.Box[0] < first.Origin.Box[2] && first.Origin.Box[1] < first.Origin.Box[3]);
        // a header cell merged over two columns stands in its first column, the cell beside it blank
        Assert.Contains(source.Lines, l => l.Raw == "Code\tName\tTotal\tThis year\t");
        // a blank cell stays an empty cell
        Assert.Contains(source.Lines, l => l.Raw == "2010101\tAdministration\t200.00\t200.00\t" && l.Origin!.Page == 2);
    }

    [Fact]
    public void A_cell_wrapped_over_two_lines_is_joined()
    {
        var source = Read("ruled-table-3-pages.pdf");
        Assert.Contains(source.Lines, l => l.Raw == "2010108\tDeputies work and other congress affairs\t100.00\t\t100.00" && l.Origin!.Page == 3);
    }

    [Fact]
    public void Running_headers_are_page_furniture_and_text_lines_have_no_tabs()
    {
        var source = Read("ruled-table-3-pages.pdf");
        var headers = source.Lines.Where(l => l.Raw == "Test unit budget disclosure").ToList();
        Assert.Equal(3, headers.Count);
        Assert.All(headers, h => Assert.True(h.Origin!.PageFurniture));
        Assert.False(source.Lines.Single(l => l.Raw == "Test unit expenditure table" && l.Origin!.Page == 1).Origin!.PageFurniture);
        Assert.Contains(source.Lines, l => l.Raw == "- 2 -" && l.Origin!.Page == 2);
    }

    [Fact]
    public void A_pdf_without_text_layer_gets_a_clear_diagnostic()
    {
        var outcome = new PdfTextReader().Read(Fixture("no-text-layer.pdf"));
        Assert.False(outcome.Succeeded);
        Assert.Equal("RD0106", outcome.Failure!.Id);
        Assert.Contains("文字层", outcome.Failure.Message);
    }

    [Fact]
    public void Empty_junk_and_missing_files_get_diagnostics_not_exceptions()
    {
        Assert.Equal("RD0002", PdfTextReader.Decode("e.pdf", []).Failure!.Id);
        Assert.Equal("RD0101", PdfTextReader.Decode("j.pdf", "hello, not a pdf"u8.ToArray()).Failure!.Id);
        Assert.Equal("RD0001", new PdfTextReader().Read("/nonexistent/x.pdf").Failure!.Id);
        var corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"u8.ToArray();
        var outcome = PdfTextReader.Decode("c.pdf", corrupt);
        Assert.False(outcome.Succeeded);
        Assert.StartsWith("RD01", outcome.Failure!.Id);
    }

    [Fact]
    public void A_truncated_pdf_gives_a_message_or_what_was_readable()
    {
        var bytes = File.ReadAllBytes(Fixture("ruled-table-3-pages.pdf"));
        foreach (var fraction in new[] { 0.3, 0.6, 0.9 })
        {
            var cut = bytes[..(int)(bytes.Length * fraction)];
            var outcome = PdfTextReader.Decode("cut.pdf", cut);
            if (outcome.Succeeded) Assert.NotEmpty(outcome.Value!.Lines);
            else Assert.StartsWith("RD01", outcome.Failure!.Id);
        }
    }
}
