using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Sum;
using BudgetLens.Rules.Rules.Xt;
using static BudgetLens.Rules.Tests.Rules.Xt.CrossTableBuilder;

namespace BudgetLens.Rules.Tests.Rules.Xt;

/// <summary>
/// 001 and 003 are consistent up to rounding in every identity of SUM004 and XT001–XT005 (each checked by hand against the
/// source: tests/gold/findings/*.findings hold no line of these rules): the rules must run there and find nothing.
/// </summary>
public sealed class SeedGoldTests
{
    public static TheoryData<string, string> Applicable => new()
    {
        { "SUM004", Seed001 }, { "SUM004", Seed003 }, { "XT001", Seed001 }, { "XT002", Seed001 }, { "XT002", Seed003 },
        { "XT003", Seed001 }, { "XT003", Seed003 }, { "XT004", Seed001 }, { "XT004", Seed003 }, { "XT005", Seed001 }, { "XT005", Seed003 },
    };

    private static readonly IRule[] Rules =
    [
        new Sum004TwoSidedBalance(), new Xt001SameCodeSameTotal(), new Xt002FiscalSummaryMatchesClasses(),
        new Xt003BasicTotalMatchesBasicTable(), new Xt004ThreePublicCoversBasic(), new Xt005DepartmentSheetMatchesTables(),
    ];

    [Theory]
    [MemberData(nameof(Applicable))]
    public void Runs_and_finds_nothing_on_a_consistent_seed(string rule, string seed)
    {
        var outcome = Rules.Single(r => r.Id == rule).Check(new RuleContext(Gold(seed)));
        Assert.True(outcome.Applicable, outcome.NotApplicableReason);
        Assert.Empty(outcome.Findings);
    }

    [Theory]
    [InlineData("000_bcff9353299cffd0")]
    [InlineData("002_3d64ad4c49714d91")]
    [InlineData("004_d2ea6fced669bf58")]
    public void Sheet_only_seeds_are_not_applicable(string seed) =>
        Assert.All(Rules, r => Assert.False(r.Check(new RuleContext(Gold(seed))).Applicable));
}
