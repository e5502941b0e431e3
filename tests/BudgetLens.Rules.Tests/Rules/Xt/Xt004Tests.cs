using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Xt;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Xt;

public sealed class Xt004Tests
{
    private static RuleOutcome Run(string threePublic, params string[] basicRows) => new Xt004ThreePublicCoversBasic().Check(new RuleContext(Document(
        Table("three-public-expenses", threePublic), Table("general-budget-basic-expenditure", basicRows))));

    [Fact]
    public void Three_public_above_basic_is_no_finding()
    {
        // 003: 公务接待费 209.94 ≥ 30217 196.73 (the rest can be project money)
        Assert.Empty(Run("赣州市医疗保障局 | total=213.24 overseasTravel= reception=209.94 vehicleOperation=3.30 vehiclePurchase=",
            "30217 公务接待费 | total=196.73", "30231 公务用车运行维护费 | total=3.30").Findings);
    }

    [Fact]
    public void Three_public_below_basic_is_a_warning_with_both_figures()
    {
        var f = Assert.Single(Run("(无) | total=3.80 reception=0.80 vehicleOperation=3.00", "30217 公务接待费 | total=0.80", "30231 公务用车运行维护费 | total=3.50").Findings);
        Assert.Equal(("XT004", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("公务用车运行费：three-public-expenses：(无) 公务用车运行费 3.00 万元 < general-budget-basic-expenditure：30231 公务用车运行维护费 合计 3.50 万元（Δ 0.50 万元）", f.Message);
        Assert.Equal([10, 11], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((3.50m, 3.00m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void A_blank_three_public_cell_counts_as_zero() =>
        Assert.Single(Run("(无) | total= overseasTravel=", "30212 因公出国（境）费用 | total=2.00").Findings);

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        Assert.Empty(Run("(无) | reception=0.79", "30217 公务接待费 | total=0.80").Findings);   // 0.01 ≤ 0.005 + 0.005
        Assert.Single(Run("(无) | reception=0.78", "30217 公务接待费 | total=0.80").Findings);
    }

    [Fact]
    public void Not_applicable_without_either_table()
    {
        Assert.False(new Xt004ThreePublicCoversBasic().Check(new RuleContext(Document(Table("general-budget-basic-expenditure", "30217 公务接待费 | total=0.80")))).Applicable);
        Assert.False(new Xt004ThreePublicCoversBasic().Check(new RuleContext(Document(Table("three-public-expenses", "(无) | reception=0.80")))).Applicable);
    }
}
