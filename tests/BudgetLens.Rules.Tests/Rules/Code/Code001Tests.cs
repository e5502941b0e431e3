using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Code;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Code;

public sealed class Code001Tests
{
    private static RuleOutcome Run(params BudgetLens.Model.Table[] tables) => new Code001UnknownCode().Check(new RuleContext(Document(tables)));

    [Fact]
    public void Known_codes_and_codes_under_partial_parents_pass()
    {
        var outcome = Run(Table("general-budget-basic-expenditure", "302 商品和服务支出 | total=1.00", "30211 国内差旅费 | total=1.00", "30305 生活补助 | total="),
            Table("general-budget-expenditure", "210 卫生健康支出 | total=5", "21015 医疗保障管理事务 | total=5", "2101501 行政运行 | total=5"));
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void A_code_missing_under_a_completely_listed_parent_is_one_finding_citing_every_row()
    {
        var outcome = Run(Table("general-budget-basic-expenditure", "302 商品和服务支出 | total=", "30223 购买服务 | total="),
            Table("fiscal-allocation-basic-expenditure", "30223 购买服务 | total="));
        var f = Assert.Single(outcome.Findings);
        Assert.Equal(("CODE001", BudgetLens.Model.Severity.Info), (f.Rule, f.Severity));
        Assert.Equal("30223 购买服务：部门预算支出经济分类目录完整列出 302 商品和服务支出 的下级科目，其中没有 30223（地方自设或已停用的科目？）", f.Message);
        Assert.Contains("departmental economic classification lists every item under 302", f.MessageEn);
        Assert.Equal([11, 10], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal(["general-budget-basic-expenditure", "fiscal-allocation-basic-expenditure"], f.Locations.Select(l => l.Table!));
        Assert.All(f.Locations, l => Assert.Equal("30223 购买服务", l.Row));
    }

    [Fact]
    public void Completeness_is_per_parent_function_20809_is_complete()
    {
        var outcome = Run(Table("general-budget-expenditure", "20809 退役安置 | total=1", "2080906 虚构项目 | total=1", "2080999 其他退役安置支出 | total="));
        Assert.Equal("2080906", Assert.Single(outcome.Findings).Locations[0].Row![..7]);
    }

    [Fact]
    public void Not_applicable_without_codes() =>
        Assert.False(Run(Table("three-public-expenses", "合计 | total=1")).Applicable);
}
