using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Sum;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules;

public sealed class Sum001Tests
{
    private static RuleOutcome Run(params string[] rows) =>
        new Sum001ParentEqualsChildren().Check(new RuleContext(Document(Table("general-budget-expenditure", rows))));

    [Fact]
    public void Passes_when_parents_equal_their_children()
    {
        var outcome = Run("201 一般公共服务支出 | total=927.6 basic=334.61 project=592.99",
            "20103 政府办公厅（室）及相关机构事务 | total=927.6 basic=334.61 project=592.99",
            "2010301 行政运行 | total=334.61 basic=334.61 project=",
            "2010302 一般行政管理事务 | total=592.99 basic= project=592.99");
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Fails_with_the_arithmetic_and_every_location()
    {
        var outcome = Run("201 一般公共服务支出 | total=927.60", "20103 政府办公厅（室）及相关机构事务 | total=925.60");
        var f = Assert.Single(outcome.Findings);
        Assert.Equal("SUM001", f.Rule);
        Assert.Contains("927.60 ≠ Σ款 925.60（Δ 2.00）", f.Message);
        Assert.Equal([10, 11], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal((925.60m, 927.60m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void A_blank_parent_with_amounts_below_is_a_finding()
    {
        var f = Assert.Single(Run("208 社会保障和就业支出 | total=", "20805 行政事业单位养老支出 | total=54.36").Findings);
        Assert.Equal(0m, f.Actual);
    }

    [Fact]
    public void Not_applicable_without_coded_tables()
    {
        var outcome = new Sum001ParentEqualsChildren().Check(new RuleContext(Document()));
        Assert.False(outcome.Applicable);
    }
}
