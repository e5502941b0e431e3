using BudgetLens.Model.Json;
using BudgetLens.Rules.Framework;
using BudgetLens.TestSupport;

namespace BudgetLens.Rules.Tests.Rules.Nar;

/// <summary>
/// The NAR family and DOC004 on the seed golds give exactly the reviewed findings of tests/gold/findings/&lt;seed&gt;.findings
/// (lines "RULE LINE  # justification"; other families' lines are left to their own tests).
/// </summary>
public sealed class NarSeedFindingsTests
{
    private static bool Mine(string rule) => rule.StartsWith("NAR", StringComparison.Ordinal) || rule == "DOC004";

    public static TheoryData<string> Seeds() => [.. SharedData.SeedNames];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gives_exactly_the_reviewed_findings(string seed)
    {
        var document = DocumentJson.Deserialize(File.ReadAllText(Path.Combine(SharedData.GoldDir, seed + ".json")))!;
        var report = new Checker([.. RuleCatalog.All.Where(r => Mine(r.Id))]).Check(document);
        var actual = report.Findings.Select(f => $"{f.Rule} {f.FirstLine}").Order(StringComparer.Ordinal).ToList();
        var expectedFile = Path.Combine(SharedData.RepoRoot, "tests", "gold", "findings", seed + ".findings");
        var expected = File.ReadAllLines(expectedFile)
            .Select(l => l.Split('#', 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 2 && Mine(p[0]))
            .Select(p => $"{p[0]} {p[1]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Seeds_without_narrative_are_not_applicable_not_passed()
    {
        var document = DocumentJson.Deserialize(File.ReadAllText(Path.Combine(SharedData.GoldDir, "001_4b29db79fe335f54.txt.json")))!;
        var report = new Checker([.. RuleCatalog.All.Where(r => Mine(r.Id))]).Check(document);
        Assert.Equal(8, report.NotApplicable.Count);
    }
}
