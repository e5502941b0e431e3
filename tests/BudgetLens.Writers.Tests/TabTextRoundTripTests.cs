using BudgetLens.Readers.Text;
using BudgetLens.Recognition;

namespace BudgetLens.Writers.Tests;

/// <summary>The layout itself, as TAB-separated text (what every office reader produces), reads back to the gold.</summary>
public sealed class TabTextRoundTripTests
{
    [Theory]
    [MemberData(nameof(RoundTrip.SeedCases), MemberType = typeof(RoundTrip))]
    public void Layout_as_tab_text_reads_back_to_gold(string seed)
    {
        var text = TabTextWriter.Write(LayoutBuilder.Build(RoundTrip.Gold(seed)));
        var doc = DocumentExtractor.Default.Extract(TextSource.FromString(seed + ".tsv", text));
        var differences = RoundTrip.Differences(seed, doc);
        Assert.True(differences.Count == 0, RoundTrip.Report(seed, "tab text", differences));
    }
}
