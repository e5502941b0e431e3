using BudgetLens.Readers.Text;
using BudgetLens.Recognition;
using BudgetLens.Rules;
using BudgetLens.Rules.Framework;
using BudgetLens.TestSupport;

namespace BudgetLens.Cli.Tests;

/// <summary>check on each seed gives exactly its reviewed expected findings (rule and first line): none missing, none unexpected.</summary>
public sealed class SeedFindingsTests
{
    public static TheoryData<string> Seeds() => [.. SharedData.SeedNames];

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Check_gives_exactly_the_reviewed_findings(string seed)
    {
        var expectedPath = Path.Combine(SharedData.RepoRoot, "tests", "gold", "findings", seed + ".findings");
        SharedData.Require();
        Assert.True(File.Exists(expectedPath), $"no expected-findings file {expectedPath}");
        var expected = ExpectedFindings.Read(expectedPath).Select(e => (e.Rule, e.Line)).Order().ToList();
        var source = new TextFileReader().Read(SharedData.Seed(seed)).Value!;
        var report = new Checker(RuleCatalog.All).Check(DocumentExtractor.Default.Extract(source));
        var actual = report.Findings.Select(f => (f.Rule, Line: f.FirstLine ?? 0)).Order().ToList();
        var missing = expected.Except(actual).ToList();
        var unexpected = report.Findings.Where(f => !expected.Contains((f.Rule, f.FirstLine ?? 0))).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0 && expected.Count == actual.Count,
            $"{seed}:\n missing: {string.Join(", ", missing.Select(m => $"{m.Rule}@{m.Line}"))}\n unexpected:\n  " +
            string.Join("\n  ", unexpected.Select(f => $"{f.Rule} {f.FirstLine}  # {f.Message}")) +
            $"\n counts: expected {expected.Count}, actual {actual.Count}");
    }
}
