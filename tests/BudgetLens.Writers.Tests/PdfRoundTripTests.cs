using BudgetLens.Readers.Pdf;
using BudgetLens.Recognition;

namespace BudgetLens.Writers.Tests;

/// <summary>
/// The PDF leg of the round trip: each seed's DOCX fixture converted to PDF by LibreOffice headless (committed under
/// tests/fixtures/roundtrip, made by scripts/generate-roundtrip-fixtures.sh) extracts back through the PDF reader to
/// the gold in every field but source, locations and diagnostics.
/// </summary>
public sealed class PdfRoundTripTests
{
    [Theory]
    [MemberData(nameof(RoundTrip.SeedCases), MemberType = typeof(RoundTrip))]
    public void Pdf_fixture_extracts_to_gold(string seed)
    {
        var path = FormatRoundTripTests.Fixture(seed, "pdf");
        Assert.True(File.Exists(path), $"missing fixture {path}: run scripts/generate-roundtrip-fixtures.sh");
        var outcome = new PdfTextReader().Read(path);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal("pdf", outcome.Value!.Format);
        var doc = DocumentExtractor.Default.Extract(outcome.Value);
        var differences = RoundTrip.Differences(seed, doc);
        Assert.True(differences.Count == 0, RoundTrip.Report(seed, "pdf", differences));
    }
}
