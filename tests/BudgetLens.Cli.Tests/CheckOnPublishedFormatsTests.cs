using System.Text.Json.Nodes;
using BudgetLens.TestSupport;

namespace BudgetLens.Cli.Tests;

/// <summary>check runs on every format and cites the format's own places: the cell on XLSX, the page and box on PDF.</summary>
public sealed class CheckOnPublishedFormatsTests
{
    private static JsonNode Check(string fixture)
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "fixtures", "roundtrip", fixture);
        var stdout = new StringWriter();
        var settings = new CheckCommand.Settings([path], "json", null, FailOn.Never, "CODE001", English: false, Interactive: false);
        Assert.Equal(0, CheckCommand.Run(settings, stdout, new StringWriter()));
        return JsonNode.Parse(stdout.ToString())!["documents"]![0]!;
    }

    private static JsonNode Code30223(JsonNode document) =>
        Assert.Single(document["findings"]!.AsArray(), f => (string?)f!["rule"] == "CODE001" && ((string?)f["message"])!.Contains("30223"))!;

    [Fact]
    public void On_xlsx_a_finding_cites_the_sheet_and_cell()
    {
        var document = Check("001_4b29db79fe335f54.xlsx");
        Assert.Equal("xlsx", (string?)document["source"]!["format"]);
        var location = Code30223(document)["locations"]![0]!;
        Assert.False(string.IsNullOrEmpty((string?)location["sheet"]));
        Assert.Matches("^[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?$", (string?)location["cell"]);
    }

    [Fact]
    public void On_pdf_a_finding_cites_the_page_and_box()
    {
        var document = Check("001_4b29db79fe335f54.pdf");
        Assert.Equal("pdf", (string?)document["source"]!["format"]);
        var location = Code30223(document)["locations"]![0]!;
        Assert.True((int)location["page"]! >= 1);
        Assert.Equal(4, location["box"]!.AsArray().Count);
        Assert.NotNull(location["line"]);
    }
}
