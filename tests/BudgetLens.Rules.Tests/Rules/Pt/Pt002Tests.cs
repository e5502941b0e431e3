using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt002Tests
{
    [Fact]
    public void Passes_with_a_new_or_an_old_cost_indicator()
    {
        var old = Sheet("城乡居民医保财政补助资金", 363, 1m, I("产出指标/成本指标", "预算成本控制", "支出不超过预算", 380));
        Assert.Empty(Run(new Pt002NoCostIndicator(), Good("购置经费", 31), old).Findings);
    }

    [Fact]
    public void Fails_without_any_cost_indicator()
    {
        var sheet = Sheet("机构运行辅助经费", 12, 308m, I("产出指标/数量指标", "医保业务受理人次", "≥10000人次", 19), I("满意度指标/服务对象满意度指标", "来访群众满意度", "≥90%", 28));
        var f = Assert.Single(Run(new Pt002NoCostIndicator(), sheet).Findings);
        Assert.Equal("PT002", f.Rule);
        Assert.Contains("2 个指标中没有成本指标", f.Message);
        Assert.Equal(12, f.FirstLine);
    }

    [Fact]
    public void Not_applicable_with_only_placeholder_sheets() => Assert.False(Run(new Pt002NoCostIndicator(), Placeholder(332)).Applicable);
}
