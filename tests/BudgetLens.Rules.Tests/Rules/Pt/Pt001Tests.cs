using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt001Tests
{
    [Fact]
    public void Passes_with_output_benefit_and_satisfaction() => Assert.Empty(Run(new Pt001MissingLevel1(), Good("购置经费", 31)).Findings);

    [Fact]
    public void Fails_naming_every_missing_level()
    {
        var sheet = Sheet("其他运行经费", 93, 164.76m, I("产出指标/数量指标", "保障场地个数", "≥9个", 97), I("产出指标/质量指标", "维修验收通过率", "100%", 101));
        var f = Assert.Single(Run(new Pt001MissingLevel1(), sheet).Findings);
        Assert.Equal("其他运行经费：缺少一级指标 效益指标、满意度指标（已有 产出指标）", f.Message);
        Assert.Equal(93, Assert.Single(f.Locations).Line);
    }

    [Fact]
    public void Placeholder_sheets_and_sheets_without_indicators_are_left_to_PT005_and_PT012()
    {
        Assert.Empty(Run(new Pt001MissingLevel1(), Placeholder(389), Sheet("空表", 5, 1m)).Findings);
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt001MissingLevel1()).Applicable);
}
