using BudgetLens.Model;
using BudgetLens.Readers.Pdf;
using BudgetLens.Recognition;

namespace BudgetLens.Readers.Pdf.Tests;

/// <summary>
/// One 一般公共预算支出表 printed the ways the intake prints it (scripts/pdf-fixtures/BudgetVariations.cs): every
/// variation must extract to the same rows and amounts.
/// </summary>
public sealed class BudgetVariationTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>code, name, total, basic, project (万元).</summary>
    private static readonly (string? Code, string Name, decimal Total, decimal? Basic, decimal? Project)[] Expected =
    [
        (null, "合计", 1528.60m, 1208.40m, 320.20m),
        ("201", "一般公共服务支出", 1328.60m, 1208.40m, 120.20m),
        ("20101", "人大事务", 1328.60m, 1208.40m, 120.20m),
        ("2010101", "行政运行", 1208.40m, 1208.40m, null),
        ("2010108", "代表工作", 120.20m, null, 120.20m),
        ("208", "社会保障和就业支出", 200.00m, null, 200.00m),
        ("20805", "行政事业单位养老支出", 200.00m, null, 200.00m),
        ("2080505", "机关事业单位基本养老保险缴费支出", 200.00m, null, 200.00m),
    ];

    public static TheoryData<string> Variations() => new(
        "budget-ruled.pdf", "budget-stream.pdf", "budget-per-char.pdf", "budget-code-fused.pdf", "budget-two-line-header.pdf",
        "budget-title-below-header.pdf", "budget-yuan.pdf", "budget-ruled-per-char-yuan.pdf", "budget-owner-password.pdf",
        "budget-blank-page.pdf");

    [Theory]
    [MemberData(nameof(Variations))]
    public void Every_variation_extracts_to_the_same_rows_and_amounts(string file)
    {
        var outcome = new PdfTextReader().Read(Fixture(file));
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        var document = DocumentExtractor.Default.Extract(outcome.Value!);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "EXT0001");
        var table = Assert.Single(document.Tables);
        Assert.Equal("general-budget-expenditure", table.Kind);
        Assert.Equal("2019年一般公共预算支出表", table.Title);
        bool yuan = file.Contains("yuan", StringComparison.Ordinal);
        Assert.Equal(yuan ? MoneyUnit.Yuan : MoneyUnit.TenThousandYuan, table.Unit);
        decimal scale = yuan ? 10000m : 1m;
        Assert.Equal(Expected.Length, table.Rows.Count);
        for (int i = 0; i < Expected.Length; i++)
        {
            var (code, name, total, basic, project) = Expected[i];
            var row = table.Rows[i];
            Assert.Equal(code, row.Code);
            Assert.Equal(name, row.Name);
            Assert.Equal(total * scale, row.Values["total"]);
            Assert.Equal(basic * scale, row.Values.GetValueOrDefault("basic"));
            Assert.Equal(project * scale, row.Values.GetValueOrDefault("project"));
            Assert.Equal(1, row.Location.Page);
        }
        Assert.Equal(RowRoles.Total, table.Rows[0].Role);
        Assert.Equal([0, 1, 2, 3, 3, 1, 2, 3], table.Rows.Select(r => r.Level ?? -1));
    }

    [Fact]
    public void A_ruleless_table_gives_the_cells_the_ruled_path_gives()
    {
        static List<string> Rows(string file) =>
            new PdfTextReader().Read(Fixture(file)).Value!.Lines.Where(l => l.Raw.Contains('\t')).Select(l => l.Raw).ToList();
        var ruled = Rows("budget-ruled.pdf");
        Assert.Equal(9, ruled.Count);
        Assert.Equal(ruled, Rows("budget-stream.pdf"));
        Assert.Equal(ruled, Rows("budget-per-char.pdf"));
        Assert.Equal(ruled, Rows("budget-title-below-header.pdf"));
        Assert.Contains("2010108\t代表工作\t120.20\t\t120.20", ruled);
    }

    [Fact]
    public void A_title_printed_below_the_header_row_comes_before_the_table()
    {
        var lines = new PdfTextReader().Read(Fixture("budget-title-below-header.pdf")).Value!.Lines.Select(l => l.Raw).ToList();
        Assert.Equal("2019年一般公共预算支出表", lines[0]);
        Assert.Equal("单位：万元", lines[1]);
        Assert.StartsWith("科目编码\t", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_ruleless_fixture_reads_like_its_ruled_twin()
    {
        var stream = new PdfTextReader().Read(Fixture("stream-table.pdf")).Value!;
        var ruled = new PdfTextReader().Read(Fixture("ruled-table-3-pages.pdf")).Value!;
        static List<string> Body(Readers.Text.TextSource s) =>
            s.Lines.Where(l => l.Raw.Contains('\t') && l.Raw.Split('\t').Any(c => c.EndsWith(".00", StringComparison.Ordinal))).Select(l => l.Raw).ToList();
        Assert.Equal(Body(ruled), Body(stream));
        Assert.Contains("2010108\tDeputies work and other congress affairs\t100.00\t\t100.00", Body(stream));
        // the header: a group label over two columns in a row of its own, the leaves below
        Assert.Contains(stream.Lines, l => l.Raw == "\t\t\tThis year\t" && l.Origin!.Page == 2);
        Assert.Contains(stream.Lines, l => l.Raw == "Code\tName\tTotal\tBasic\tProject" && l.Origin!.Page == 3);
    }

    [Fact]
    public void An_encrypted_pdf_gets_a_clear_diagnostic()
    {
        var outcome = new PdfTextReader().Read(Fixture("budget-encrypted.pdf"));
        Assert.False(outcome.Succeeded);
        Assert.Equal("RD0102", outcome.Failure!.Id);
        Assert.Contains("加密", outcome.Failure.Message);
        Assert.Contains("budget-encrypted.pdf", outcome.Failure.Message);
    }

    [Fact]
    public void A_page_without_text_is_a_warning_naming_the_page_and_the_rest_is_read()
    {
        var outcome = new PdfTextReader().Read(Fixture("budget-blank-page.pdf"));
        Assert.True(outcome.Succeeded);
        var diagnostic = Assert.Single(outcome.Value!.Diagnostics);
        Assert.Equal("RD0105", diagnostic.Id);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Location!.Page);
        Assert.Contains("第 2 页", diagnostic.Message);
        Assert.All(outcome.Value.Lines, l => Assert.Equal(1, l.Origin!.Page));
    }
}
