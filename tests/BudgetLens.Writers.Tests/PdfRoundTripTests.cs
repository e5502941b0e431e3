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
    /// <summary>
    /// Known gaps, each measured on the committed PDF: a space printed where LibreOffice wraps a line is lost (PdfPig gives
    /// it at the line's end; the joined text has none), and narrative paragraphs wrapped after 、，, or before a number
    /// keep the wrap as a paragraph break (ParagraphJoiner decides on text alone; the PDF's line boxes would tell that
    /// the line reaches the right margin).
    /// </summary>
    private static readonly Dictionary<string, string> KnownGaps = new()
    {
        ["003_"] = "8 narrative sections differ: wraps after 、，, and before numbers (减少\\n14333.33) kept as paragraph breaks; spaces at wrap points lost (减少 0 万元 → 减少0 万元, 629.3 万元 → 629.3万元)",
        ["004_"] = "1 goal differs: the space printed where the goal cell wraps is lost (实现； 目标2 → 实现；目标2)",
    };

    [SkippableTheory]
    [MemberData(nameof(RoundTrip.SeedCases), MemberType = typeof(RoundTrip))]
    public void Pdf_fixture_extracts_to_gold(string seed)
    {
        var gap = KnownGaps.FirstOrDefault(g => seed.StartsWith(g.Key, StringComparison.Ordinal));
        Skip.If(gap.Value is not null, $"{seed} via pdf: {gap.Value}");
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
