using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt007Tests
{
    private static BudgetLens.Rules.Framework.RuleOutcome Cap(decimal budget, params BudgetLens.Model.Indicator[] caps) =>
        Run(new Pt007BudgetAboveCap(), Sheet("DIP", 118, budget, caps));

    [Fact]
    public void Passes_across_units_and_for_itemised_caps_summing_to_the_budget()
    {
        Assert.Empty(Cap(62.81m, I("产出指标/成本指标", "项目资金使用", "≤628084元", 138)).Findings);
        Assert.Empty(Cap(20.2m, I("产出指标/成本指标", "大厅布置及设备购置", "≤14.2万元", 184), I("产出指标/成本指标", "搬迁及统一工作服装费用", "≤6万元", 185)).Findings);
    }

    [Fact]
    public void A_single_cap_on_a_part_is_never_compared() =>
        Assert.Empty(Cap(535.93m, I("成本指标/经济成本指标", "系统维护升级成本", "≤200万元", 455)).Findings);

    [Fact]
    public void Tolerance_edge_exactly_at_passes_just_beyond_fails()
    {
        // 62.81 万元 ± 0.005 against ≤62.80 万元 ± 0.005: Δ 0.01 is exactly the tolerance; 62.79 is beyond.
        Assert.Empty(Cap(62.81m, I("产出指标/成本指标", "项目资金使用", "≤62.80万元", 138)).Findings);
        Assert.Single(Cap(62.81m, I("产出指标/成本指标", "项目资金使用", "≤62.79万元", 138)).Findings);
    }

    [Fact]
    public void Fails_above_a_whole_cap_with_万_read_as_万元_and_above_the_sum_of_parts()
    {
        var f = Assert.Single(Cap(25m, I("产出指标/成本指标", "资金使用", "≤20万", 71)).Findings);
        Assert.Equal("DIP：预算 25万元 > 「资金使用」上限 20万元（Δ 50,000元）", f.Message);
        Assert.Equal([118, 71], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((20m, 25m), (f.Expected!.Value, f.Actual!.Value));
        var parts = Assert.Single(Cap(21.00m, I("产出指标/成本指标", "贵州日报", "≤15.0万元", 211), I("产出指标/成本指标", "黔南日报", "≤5.0万元", 212)).Findings);
        Assert.Contains("分项上限之和 15.0万元 + 5.0万元 = 200,000元", parts.Message);
    }

    [Fact]
    public void Not_applicable_without_money_caps() => Assert.False(Run(new Pt007BudgetAboveCap(), Good("a", 1)).Applicable);
}
