using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar004Tests
{
    private static RuleOutcome Run(params Section[] sections) => new Nar004ChangesAddUp().Check(new RuleContext(Document().With(2023, sections)));

    private static Section Fiscal(string whole) => Section("(三) 财政拨款支出情况", 85,
        $"财政拨款支出预算总额为 8763.47 万元，较上年预算安排{whole} 万元,主要原因 为人员增加。",
        "按支出功能科目划分：社会保障和就业支出 592.54 万元，较上年预算安排增加 79.22 万元；卫生健康支出 7697.58 万元，较上年预算安排减少 14333.97 万元；住房保障支出",
        "473.35 万元，较上年预算安排增加 92.05 万元。");

    [Fact]
    public void Passes_when_the_changes_add_up()
    {
        Assert.Empty(Run(Fiscal("减少 14162.7")).Findings);
    }

    [Fact]
    public void Fails_on_003_lines_87_to_91()
    {
        var f = Assert.Single(Run(Fiscal("增加 1044.91")).Findings);
        Assert.Equal("NAR004", f.Rule);
        Assert.Contains("较上年增减 1044.91 ≠ 分项较上年增减（按支出功能科目划分）Σ 79.22 − 14333.97 + 92.05 = -14162.70（Δ 15207.61）", f.Message);
        Assert.Equal([87, 89, 89, 91], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((-14162.70m, 1044.91m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void Tolerance_is_the_half_units_of_all_changes()
    {
        // Σ = −14162.70; half units 0.005 × 3 + the whole's 0.005 = 0.02
        Assert.Empty(Run(Fiscal("减少 14162.72")).Findings);
        Assert.Single(Run(Fiscal("减少 14162.73")).Findings);
        // a whole printed with one decimal carries 0.05: 14162.7 and 14162.76 (Δ 0.06 > 0.02) differ in outcome
        Assert.Single(Run(Fiscal("减少 14162.76")).Findings);
    }

    [Fact]
    public void Not_applicable_without_narrative() => Assert.False(Run().Applicable);
}
