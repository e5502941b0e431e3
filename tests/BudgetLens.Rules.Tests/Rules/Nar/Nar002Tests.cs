using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar002Tests
{
    private static RuleOutcome Run(params Section[] sections) => new Nar002PartsAddUp().Check(new RuleContext(Document().With(2023, sections)));

    private static Section Projects(string count, string total) => Section("(九) 预算绩效管理情况说明", 121,
        $"部门预算安排项目 {count} 个, 项目预算金额合计 {total} 万元, 其中: 机关项目 3 个, 项目预算金额 629.3 万元; 基金管理中心项目 1 个, 项目金额 350 万元; 各分局项目 3 个, 项目预算金额 4101.44 万元。");

    [Fact]
    public void Passes_when_amounts_and_counts_add_up()
    {
        Assert.Empty(Run(Projects("7", "5080.74")).Findings);
        Assert.Empty(Run(Section("二、“三公”经费预算情况说明", 149, "“三公”经费财政拨款安排213.24万元，其中：", "因公出国费0万元。", "公务接待费209.94万元。", "公务用车运行维护费 3.3 万元。")).Findings);
    }

    [Fact]
    public void Fails_on_003_line_125_in_amount_and_in_count()
    {
        var findings = Run(Projects("4", "5083.74")).Findings;
        Assert.Equal(2, findings.Count);
        var amount = findings[0];
        Assert.Contains("5083.74 ≠ 分项（其中）Σ 629.3 + 350 + 4101.44 = 5080.74（Δ 3.00）", amount.Message);
        Assert.Equal((5080.74m, 5083.74m), (amount.Expected!.Value, amount.Actual!.Value));
        Assert.Equal(4, amount.Locations.Count);
        Assert.All(amount.Locations, l => Assert.Equal(123, l.Line));
        var count = findings[1];
        Assert.Contains("4 个 ≠ 分项个数（其中）Σ 3 + 1 + 3 = 7 个", count.Message);
        Assert.Equal((7m, 4m), (count.Expected!.Value, count.Actual!.Value));
    }

    [Fact]
    public void Tolerance_is_the_half_units_of_all_figures()
    {
        // 629.3 ± 0.05, 350 ± 0.5, 4101.44 ± 0.005, total ± 0.005 → 0.56
        Assert.Empty(Run(Projects("7", "5081.30")).Findings);
        Assert.Single(Run(Projects("7", "5081.31")).Findings);
    }

    [Fact]
    public void Not_applicable_without_narrative() => Assert.False(Run().Applicable);
}
