using BudgetLens.Model.Json;
using BudgetLens.Rules.Framework;
using BudgetLens.TestSupport;

namespace BudgetLens.Rules.Tests.Rules.Pt;

/// <summary>The PT rules on the reviewed gold extractions give exactly the PT lines of tests/gold/findings/&lt;seed&gt;.findings.</summary>
public sealed class PtSeedFindingsTests
{
    public static TheoryData<string> Seeds => new(SharedData.SeedNames);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pt_findings_on_the_gold_are_the_reviewed_ones(string seed)
    {
        var document = DocumentJson.Deserialize(File.ReadAllText(Path.Combine(SharedData.GoldDir, seed + ".json")))!;
        var checker = new Checker(RuleCatalog.All, new RuleSelection("PT*"));
        var actual = checker.Check(document).Findings.Select(f => $"{f.Rule} {f.FirstLine}").Order(StringComparer.Ordinal).ToList();
        var expected = File.ReadAllLines(Path.Combine(SharedData.RepoRoot, "tests", "gold", "findings", seed + ".findings"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.StartsWith("PT", StringComparison.Ordinal))
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }
}
