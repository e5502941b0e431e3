using BudgetLens.Model;
using BudgetLens.Readers.Office;
using BudgetLens.Recognition;
using BudgetLens.TestSupport;

namespace BudgetLens.Writers.Tests;

/// <summary>
/// Each seed's gold, written out by the project's writers as XLSX, DOCX and HTML (committed fixtures under
/// tests/fixtures/roundtrip, made by scripts/generate-roundtrip-fixtures.sh), extracts back to the gold in every field
/// but source, locations and diagnostics.
/// </summary>
public sealed class FormatRoundTripTests
{
    public static IEnumerable<object[]> Cases =>
        from seed in RoundTrip.Seeds
        from ext in new[] { "html", "xlsx", "docx" }
        select new object[] { seed, ext };

    public static string Fixture(string seed, string ext) =>
        Path.Combine(SharedData.RepoRoot, "tests", "fixtures", "roundtrip", seed[..seed.IndexOf('.')] + "." + ext);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_extracts_to_gold(string seed, string ext)
    {
        var path = Fixture(seed, ext);
        Assert.True(File.Exists(path), $"missing fixture {path}: run scripts/generate-roundtrip-fixtures.sh");
        var outcome = OfficeReaders.Read(path);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(ext, outcome.Value!.Format);
        var doc = DocumentExtractor.Default.Extract(outcome.Value);
        var differences = RoundTrip.Differences(seed, doc);
        Assert.True(differences.Count == 0, RoundTrip.Report(seed, ext, differences));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("html")]
    [InlineData("docx")]
    public void Locations_carry_the_format_origin(string ext)
    {
        var seed = "003_a82d126008b6a810.txt";
        var outcome = OfficeReaders.Read(Fixture(seed, ext));
        var doc = DocumentExtractor.Default.Extract(outcome.Value!);
        var row = doc.Tables[0].Rows[0];
        Assert.NotNull(row.Location.Line);
        if (ext != "xlsx") Assert.Null(row.Location.Sheet);
        if (ext == "xlsx")
        {
            Assert.Equal("表1", doc.Tables[0].Location.Sheet);
            Assert.Equal("表1", row.Location.Sheet);
            Assert.Matches("^A[0-9]+:[A-Z]+[0-9]+$", row.Location.Cell!);
        }
    }
}
