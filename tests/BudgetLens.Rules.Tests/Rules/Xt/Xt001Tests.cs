using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Xt;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Rules.Xt.CrossTableBuilder;

namespace BudgetLens.Rules.Tests.Rules.Xt;

public sealed class Xt001Tests
{
    private static RuleOutcome Run(params BudgetLens.Model.Table[] tables) => new Xt001SameCodeSameTotal().Check(new RuleContext(Document(tables)));

    private static BudgetLens.Model.Table Expenditure(string total201 = "927.60") =>
        Table("expenditure-summary", $"合计 | total=982.36", $"201 一般公共服务支出 | total={total201}", "208 社会保障和就业支出 | total=54.76");

    private static BudgetLens.Model.Table Income(string total201 = "927.60") =>
        Table("income-summary", $"合计 | total=982.36 generalBudget=982.36", $"201 一般公共服务支出 | total={total201} generalBudget={total201}", "208 社会保障和就业支出 | total=54.76 generalBudget=54.76");

    private static BudgetLens.Model.Table IncomeSide(string otherIncome) => Summary("income-expenditure-summary",
        "income 1 item 一般公共预算拨款收入 | amount=982.36", $"income 1 item 其他收入 | amount={otherIncome}", "income 0 total 收入总计 | amount=982.36");

    [Fact]
    public void Passes_when_every_code_has_the_same_total() => Assert.Empty(Run(Expenditure(), Income()).Findings);

    [Fact]
    public void Fails_with_both_figures_and_the_difference()
    {
        var f = Assert.Single(Run(Expenditure(), Income("925.60")).Findings);
        Assert.Equal("XT001", f.Rule);
        Assert.Equal("201 一般公共服务支出：expenditure-summary 合计 927.60 万元 ≠ income-summary 合计 925.60 万元（Δ 2.00 万元）", f.Message);
        Assert.Equal([11, 11], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal(["expenditure-summary", "income-summary"], f.Locations.Select(l => l.Table!));
        Assert.Equal((925.60m, 927.60m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void A_code_printed_in_one_table_only_is_compared_with_zero()
    {
        var income = Table("income-summary", "合计 | total=982.36", "201 一般公共服务支出 | total=927.60", "20103 政府办公厅 | total=927.60", "208 社会保障和就业支出 | total=54.76");
        var f = Assert.Single(Run(Expenditure(), income).Findings);
        Assert.Contains("20103 政府办公厅：expenditure-summary：未列示 0 万元 ≠ income-summary 合计 927.60 万元", f.Message);
    }

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        Assert.Empty(Run(Expenditure("927.60"), Income("927.61")).Findings);   // 0.01 ≤ 0.005 + 0.005
        Assert.NotEmpty(Run(Expenditure("927.60"), Income("927.62")).Findings);
    }

    [Fact]
    public void General_budget_table_is_compared_only_when_all_money_is_general_budget()
    {
        var general = Table("general-budget-expenditure", "合计 | total=982.36", "201 一般公共服务支出 | total=900.00", "208 社会保障和就业支出 | total=54.76");
        var f = Assert.Single(Run(Expenditure(), Income(), general, IncomeSide("")).Findings);
        Assert.Contains("general-budget-expenditure 合计 900.00", f.Message);
        Assert.Empty(Run(Expenditure(), Income(), general, IncomeSide("27.60")).Findings);
    }

    [Fact]
    public void Not_applicable_without_a_table_to_compare_with()
    {
        Assert.False(Run(Income()).Applicable);
        Assert.False(Run(Expenditure(), Table("general-budget-expenditure", "201 一般公共服务支出 | total=927.60"), IncomeSide("27.60")).Applicable);
    }

    [Fact]
    public void A_changed_code_in_seed_001_is_found()
    {
        var doc = With(Gold(Seed001), "income-summary", 337, "total", 330.61m);   // 2010301 行政运行 334.61 → 330.61
        var f = Assert.Single(new Xt001SameCodeSameTotal().Check(new RuleContext(doc)).Findings);
        Assert.Equal([381, 337], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Seed_003_has_no_income_summary_and_not_only_general_budget_money() =>
        Assert.False(new Xt001SameCodeSameTotal().Check(new RuleContext(Gold(Seed003))).Applicable);
}
