using BudgetLens.TestSupport;

namespace BudgetLens.Recognition.Tests;

/// <summary>No line of a seed is silently dropped, and none is left unrecognised: every non-blank line is in the model or layout.</summary>
public sealed class SeedCoverageTests
{
    [SkippableTheory]
    [MemberData(nameof(SeedExtraction.Seeds), MemberType = typeof(SeedExtraction))]
    public void Every_line_is_recognised(string seed)
    {
        SharedData.Require();
        var doc = SeedExtraction.Of(seed);
        var unrecognised = doc.Diagnostics.Where(d => d.Id == "EXT0001").ToList();
        Assert.True(unrecognised.Count == 0,
            $"{seed}: {unrecognised.Count} lines not recognised:\n" + string.Join("\n", unrecognised.Take(40).Select(d => $"{d.Location?.Line}: {d.Text}")));
    }
}
