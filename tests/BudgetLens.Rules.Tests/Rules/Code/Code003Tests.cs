using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Code;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Code;

public sealed class Code003Tests
{
    private static RuleOutcome Run(params string[] rows) =>
        new Code003CodeNotUnderParent().Check(new RuleContext(Document(Table("general-budget-expenditure", rows))));

    [Fact]
    public void Codes_under_their_parents_pass_a_项_directly_under_its_类_too()
    {
        var outcome = Run("合计 | total=3", "208 社会保障和就业支出 | total=2", "2080901 退役士兵安置 | total=1", "20805 行政事业单位养老支出 | total=1",
            "2080505 机关事业单位基本养老保险缴费支出 | total=1", "210 卫生健康支出 | total=1", "21011 行政事业单位医疗 | total=1");
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void A_row_nested_under_a_foreign_code_is_a_finding_citing_both_rows()
    {
        var f = Assert.Single(Run("208 社会保障和就业支出 | total=2", "20805 行政事业单位养老支出 | total=2", "2101101 行政单位医疗 | total=2").Findings);
        Assert.Equal(("CODE003", Severity.Error), (f.Rule, f.Severity));
        Assert.Equal("general-budget-expenditure：2101101 行政单位医疗 列在 20805 行政事业单位养老支出 之下，但代码 2101101 不属于 20805", f.Message);
        Assert.Equal([12, 11], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void The_parent_is_looked_for_on_the_same_side_only()
    {
        var table = Table("income-expenditure-summary") with
        {
            Rows =
            [
                Row("208 社会保障和就业支出 | amount=1", 10) with { Side = RowSides.Expenditure },
                Row("一般公共预算拨款 | amount=1", 11) with { Side = RowSides.Income, Level = 1 },
                Row("20805 行政事业单位养老支出 | amount=1", 12) with { Side = RowSides.Expenditure },
                Row("21011 行政事业单位医疗 | amount=1", 13) with { Side = RowSides.Expenditure },
            ],
        };
        var f = Assert.Single(new Code003CodeNotUnderParent().Check(new RuleContext(Document(table))).Findings);
        Assert.Equal([13, 10], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Not_applicable_without_codes() => Assert.False(Run("合计 | total=1").Applicable);
}
