using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt009Tests
{
    [Fact]
    public void Passes_when_both_values_agree_as_printed()
    {
        var sheet = Sheet("s", 1, 1m, I("满意度指标/服务对象满意度指标", "来访群众满意度", "≥90%", 28, period: "≥ 90%"));
        Assert.Empty(Run(new Pt009PeriodAnnualDisagree(), sheet).Findings);
    }

    [Fact]
    public void Fails_when_they_differ()
    {
        var sheet = Sheet("维修经费", 71, 1m, I("满意度指标/服务对象满意度指标", "来访群众满意度", "＞90%", 90, period: "≥90%"));
        var f = Assert.Single(Run(new Pt009PeriodAnnualDisagree(), sheet).Findings);
        Assert.Equal("维修经费：「来访群众满意度」实施周期指标值「≥90%」≠ 年度指标值「＞90%」", f.Message);
        Assert.Equal([90, 90], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Not_applicable_without_period_values() => Assert.False(Run(new Pt009PeriodAnnualDisagree(), Good("a", 1)).Applicable);
}
