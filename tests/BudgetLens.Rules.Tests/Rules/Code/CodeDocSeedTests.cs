using BudgetLens.Model;
using BudgetLens.Model.Json;
using BudgetLens.Rules.Framework;
using BudgetLens.TestSupport;

namespace BudgetLens.Rules.Tests.Rules.Code;

/// <summary>
/// The CODE and DOC rules on the reviewed gold extractions of the seeds give exactly the CODE/DOC lines of
/// tests/gold/findings/&lt;seed&gt;.findings (rule id and first cited line), each justified there against the source.
/// </summary>
public sealed class CodeDocSeedTests
{
    private static readonly string[] Families = ["CODE", "DOC"];

    private static BudgetDocument Gold(string seed) =>
        DocumentJson.Deserialize(File.ReadAllText(Path.Combine(SharedData.GoldDir, seed + ".json")))!;

    private static Checker FamilyChecker() => new(RuleCatalog.All, new RuleSelection("CODE*,DOC*"));

    public static TheoryData<string> Seeds => [.. SharedData.SeedNames];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_gold_gives_exactly_the_reviewed_findings(string seed)
    {
        var report = FamilyChecker().Check(Gold(seed));
        var actual = report.Findings.Select(f => $"{f.Rule} {f.FirstLine}").ToList();
        var path = Path.Combine(SharedData.RepoRoot, "tests", "gold", "findings", seed + ".findings");
        var expected = File.Exists(path)
            ? File.ReadLines(path).Select(l => l.Split('#')[0].Trim()).Where(l => Families.Any(f => l.StartsWith(f, StringComparison.Ordinal)))
                .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList()
            : [];
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_seeds_as_a_corpus_give_one_CODE004_per_code()
    {
        var golds = SharedData.SeedNames.Select(Gold).ToList();
        var checker = new Checker(RuleCatalog.All, new RuleSelection("CODE004"));
        var findings = golds.SelectMany(g => checker.Check(g, golds).Findings).ToList();
        var f = Assert.Single(findings);
        Assert.StartsWith("30399 在所查文件中有 2 种名称：“其他对个人和家庭的补助支出”（001_4b29db79fe335f54.txt:225）；“其他对个人和家庭的补助”（003_a82d126008b6a810.txt:372）", f.Message);
        Assert.Equal([225, 372], f.Locations.Select(l => l.Line!.Value));
    }
}
