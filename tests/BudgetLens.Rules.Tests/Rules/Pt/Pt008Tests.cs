using BudgetLens.Model;
using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt008Tests
{
    private static IReadOnlyList<BudgetLens.Rules.Framework.Finding> Staff(decimal budget, string standard, string count) =>
        Run(new Pt008MoneyArithmetic(), Sheet("非在编人员", 601, budget,
            I("成本指标/经济成本指标", "补助标准", standard, 641), I("产出指标/数量指标", "人员数量", count, 643),
            I("产出指标/数量指标", "单位数量", "＝ 1 个（台、套、件、辆）", 645))).Findings;

    private static IReadOnlyList<BudgetLens.Rules.Framework.Finding> Overview(decimal budget, string overview) =>
        Run(new Pt008MoneyArithmetic(), Sheet("窗口", 703, budget) with { Overview = overview }).Findings;

    [Fact]
    public void Passes_when_standard_times_quantity_is_the_budget_or_within_a_bound()
    {
        Assert.Empty(Staff(5.5m, "＝ 5000 元/人年", "＝ 11 人数"));
        Assert.Empty(Staff(11.44m, "≤ 3000 元/人·次", "＝ 40 人数"));
        Assert.Empty(Staff(2795.52m, "7.68元每人每年", "≥ 341万人"));
    }

    [Fact]
    public void Fails_when_standard_times_quantity_differs_from_the_budget()
    {
        var f = Assert.Single(Staff(10.95m, "＝ 52000 元/人年", "＝ 2 人"));
        Assert.Equal("非在编人员：补助标准 52000元/人年 × 人员数量 2人 = 104,000元，≠ 预算 10.95万元（Δ 5,500元）", f.Message);
        Assert.Equal([601, 641, 643], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((10.4m, 10.95m), (f.Expected!.Value, f.Actual!.Value));
        Assert.Single(Staff(12.01m, "≤ 3000 元/人·次", "＝ 40 人数"));
    }

    [Fact]
    public void Tolerance_edge_is_the_half_units_of_budget_and_standard()
    {
        // 5000 × 11 = 55000 元; tolerance 0.5 元 (5.5006 万元) + 0.5 × 11 = 6 元: Δ 6 passes, Δ 7 fails.
        Assert.Empty(Staff(5.5006m, "＝ 5000 元/人年", "＝ 11 人"));
        Assert.Single(Staff(5.5007m, "＝ 5000 元/人年", "＝ 11 人"));
    }

    [Fact]
    public void Overview_total_against_the_budget()
    {
        const string text = "1.工作餐：15元/午餐*22.5天*12月*264人=1069200元；2.办公等费用：10元/月*12月*264人=31680元；合计110.088万元。";
        var f = Assert.Single(Overview(110.00m, text));
        Assert.Equal("窗口：项目概况所写合计 110.088万元，≠ 预算 110.00万元（Δ 880元）", f.Message);
        Assert.Empty(Overview(110.09m, text));
    }

    [Fact]
    public void Overview_items_against_their_stated_total_and_a_wrong_equation()
    {
        var f = Assert.Single(Overview(10m, "1.维修费3万元；2.清洁费7810*12=93720元；合计10万元。"));
        Assert.Contains("2 项 3万元 + 93720元 = 123,720元，≠ 所写合计 10万元", f.Message);
        var wrong = Assert.Single(Overview(11.44m, "（680+2065+116）*40人=114540元。"), x => x.Message.Contains("114,440元"));
        Assert.Equal(114540m, wrong.Actual);
    }

    [Fact]
    public void Not_applicable_without_a_budget() => Assert.False(Run(new Pt008MoneyArithmetic(), Good("a", 1, null)).Applicable);
}
