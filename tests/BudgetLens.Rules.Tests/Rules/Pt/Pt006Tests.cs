using BudgetLens.Model;
using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt006Tests
{
    private static TargetSheet Weighted(string name, int line, params decimal[] weights) =>
        Sheet(name, line, 1m, [.. weights.Select((w, k) => I("产出指标/数量指标", "指标" + k, "≥ 1 个", line + 1 + k, w))]);

    [Fact]
    public void Passes_when_every_project_sheet_keeps_90_and_the_department_sheet_100()
    {
        var doc = DocOf(Weighted("a", 10, 30, 30, 30), Weighted("b", 50, 40, 50), Weighted("c", 90, 90)) with
        {
            DepartmentTargets = [Weighted("部门", 1, 50, 50)],
        };
        Assert.Empty(new Pt006WeightConvention().Check(new BudgetLens.Rules.Framework.RuleContext(doc)).Findings);
    }

    [Fact]
    public void Fails_for_the_sheet_that_departs_from_its_siblings()
    {
        var f = Assert.Single(Run(new Pt006WeightConvention(), Weighted("a", 10, 30, 60), Weighted("b", 50, 45, 40), Weighted("c", 90, 90)).Findings);
        Assert.Equal("b：指标权重合计 85，同类 2/3 张表合计 90", f.Message);
        Assert.Equal((90m, 85m), (f.Expected!.Value, f.Actual!.Value));
        Assert.Equal([50, 51, 52], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Without_a_majority_a_sum_other_than_100_or_90_fails()
    {
        var f = Assert.Single(Run(new Pt006WeightConvention(), Weighted("a", 10, 80)).Findings);
        Assert.Contains("应为 100 或 90", f.Message);
    }

    [Fact]
    public void Not_applicable_without_weights() => Assert.False(Run(new Pt006WeightConvention(), Good("a", 1)).Applicable);
}
