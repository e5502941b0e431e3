using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt011Tests
{
    [Fact]
    public void Exactly_100_and_0_pass()
    {
        var sheet = Sheet("s", 1, 1m, I("产出指标/效果指标!", "政府采购率", "≥ 100 %", 972), I("效益指标/社会效益指标", "事故发生率", "0 %", 85));
        Assert.Empty(Run(new Pt011RateOutOfRange(), sheet).Findings);
    }

    [Fact]
    public void Just_beyond_100_fails()
    {
        var sheet = Sheet("s", 1, 1m, I("满意度指标/服务对象满意度指标", "群众满意度", "≥ 100.5 %", 635));
        var f = Assert.Single(Run(new Pt011RateOutOfRange(), sheet).Findings);
        Assert.Equal("s：「群众满意度」≥ 100.5 %，比率 100.5% 超出 0–100%", f.Message);
        Assert.Equal(635, f.FirstLine);
        Assert.Equal((100m, 100.5m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt011RateOutOfRange()).Applicable);
}
