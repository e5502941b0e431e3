using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Xt;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Rules.Xt.CrossTableBuilder;

namespace BudgetLens.Rules.Tests.Rules.Xt;

public sealed class Xt002Tests
{
    private static Table FiscalSummary(string health = "7697.58") => Summary("fiscal-allocation-summary",
        "expenditure 1 subtotal 一、本年支出 | total=8763.47 generalBudget=8763.47 governmentFund=",
        "expenditure 1 item 社会保障和就业支出 | total=592.54 generalBudget=592.54 governmentFund=",
        $"expenditure 1 item 卫生健康支出 | total={health} generalBudget={health} governmentFund=",
        "expenditure 1 item 住房保障支出 | total=473.35 generalBudget=473.35 governmentFund=",
        "expenditure 1 item 二、结转下年 | total= generalBudget= governmentFund=",
        "expenditure 0 total 支出总计 | total=8763.47 generalBudget=8763.47 governmentFund=");

    private static Table General(string health = "7697.58", string housing = "473.35") => Table("general-budget-expenditure",
        "合计 | total=8763.47", "208 社会保障和就业支出 | total=592.54", $"210 卫生健康支出 | total={health}", "21011 行政事业单位医疗 | total=551.52", $"221 住房保障支出 | total={housing}");

    private static Table EmptyFund() => new() { Kind = "government-fund-expenditure", Title = "政府性基金预算支出表", Unit = MoneyUnit.TenThousandYuan, Empty = true };

    private static IReadOnlyList<Finding> Run(params Table[] tables) => new Xt002FiscalSummaryMatchesClasses().Check(new RuleContext(Document(tables))).Findings;

    [Fact]
    public void Passes_when_the_classes_and_the_totals_agree() => Assert.Empty(Run(FiscalSummary(), General(), EmptyFund()));

    [Fact]
    public void Money_booked_under_another_class_in_one_table_is_found_in_each_column()
    {
        // the tables book 2.00 of 住房保障 under 卫生健康: the totals agree, two classes do not
        var findings = Run(FiscalSummary(), General("7699.58", "471.35"), EmptyFund());
        Assert.Equal(4, findings.Count);
        Assert.Equal("住房保障支出：fiscal-allocation-summary：住房保障支出 合计 473.35 万元 ≠ general-budget-expenditure：221 住房保障支出 合计 471.35 万元（Δ 2.00 万元）", findings[0].Message);
        Assert.Equal([13, 14], findings[0].Locations.Select(l => l.Line!.Value));
        Assert.Contains("一般公共预算 473.35 万元 ≠", findings[1].Message);
        Assert.Contains("卫生健康支出 合计 7697.58 万元 ≠ general-budget-expenditure：210 卫生健康支出 合计 7699.58 万元", findings[2].Message);
    }

    [Fact]
    public void The_row_totalling_the_classes_equals_the_tables_totals()
    {
        var general = Table("general-budget-expenditure", "合计 | total=8765.47", "208 社会保障和就业支出 | total=592.54", "210 卫生健康支出 | total=7697.58", "221 住房保障支出 | total=473.35");
        var findings = Run(FiscalSummary(), general, EmptyFund());
        Assert.Equal(2, findings.Count);
        Assert.Equal("fiscal-allocation-summary：一、本年支出 合计 8763.47 万元 ≠ general-budget-expenditure：合计 + 政府性基金预算支出表（空表） 8765.47 万元（Δ 2.00 万元）", findings[0].Message);
        Assert.Equal(10, findings[0].FirstLine);
    }

    [Fact]
    public void A_class_missing_from_one_side_is_compared_with_zero()
    {
        var general = Table("general-budget-expenditure", "合计 | total=8763.47", "208 社会保障和就业支出 | total=592.54", "210 卫生健康支出 | total=8171.93");
        var findings = Run(FiscalSummary(), general, EmptyFund());
        Assert.Contains(findings, f => f.Message.StartsWith("住房保障支出：fiscal-allocation-summary：住房保障支出 合计 473.35 万元 ≠ general-budget-expenditure：未列示 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        Assert.DoesNotContain(Run(FiscalSummary("7697.58"), General("7697.57"), EmptyFund()), f => f.Message.StartsWith("卫生", StringComparison.Ordinal));
        Assert.Contains(Run(FiscalSummary("7697.58"), General("7697.56"), EmptyFund()), f => f.Message.StartsWith("卫生", StringComparison.Ordinal));
    }

    [Fact]
    public void Not_applicable_without_the_summary_or_a_fund_table_that_holds_money()
    {
        Assert.False(new Xt002FiscalSummaryMatchesClasses().Check(new RuleContext(Document(General()))).Applicable);
        var withFund = Summary("fiscal-allocation-summary", "expenditure 1 item 城乡社区支出 | total=10.00 generalBudget= governmentFund=10.00");
        Assert.False(new Xt002FiscalSummaryMatchesClasses().Check(new RuleContext(Document(withFund, General()))).Applicable);
    }

    [Fact]
    public void A_changed_class_in_the_seed_gold_is_found()
    {
        var doc = With(Gold(Seed003), "fiscal-allocation-summary", 284, "total", 7697.00m, "expenditure");   // 卫生健康支出 合计 7697.58 → 7697.00
        var findings = new Xt002FiscalSummaryMatchesClasses().Check(new RuleContext(doc)).Findings;
        Assert.Equal([284, 306], Assert.Single(findings).Locations.Select(l => l.Line!.Value));
    }
}
