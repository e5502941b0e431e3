using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Xt;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Rules.Xt.CrossTableBuilder;

namespace BudgetLens.Rules.Tests.Rules.Xt;

public sealed class Xt005Tests
{
    private static TargetSheet Sheet(MoneyUnit unit, params (string Key, decimal? Value)[] funds) => new()
    {
        Name = "重庆市綦江区政务服务管理办公室",
        Unit = unit,
        Funds = funds.ToDictionary(f => f.Key, f => f.Value),
        Location = SourceLocation.Lines(458, 496),
    };

    private static RuleOutcome Run(TargetSheet sheet, params Table[] tables) =>
        new Xt005DepartmentSheetMatchesTables().Check(new RuleContext(Document(tables) with { DepartmentTargets = [sheet] }));

    private static Table Expenditure() => Table("expenditure-summary", "合计 | total=1028.96 basic=435.97 project=592.99");

    [Fact]
    public void Yuan_on_the_sheet_agree_with_ten_thousand_yuan_in_the_tables() =>
        Assert.Empty(Run(Sheet(MoneyUnit.Yuan, ("expenditureTotal", 10289606.32m), ("basic", 4359693.32m), ("project", 5929913m)), Expenditure()).Findings);

    [Fact]
    public void Fails_unit_aware_with_the_printed_and_converted_figure()
    {
        var f = Assert.Single(Run(Sheet(MoneyUnit.Yuan, ("basic", 4459693.32m)), Expenditure()).Findings);
        Assert.Equal(("XT005", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("重庆市綦江区政务服务管理办公室：绩效目标表 基本支出 4459693.32 元（= 445.969332 万元） ≠ expenditure-summary：合计 基本支出 435.97 万元（Δ 9.999332 万元）", f.Message);
        Assert.Equal([458, 10], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        // 435.97 万元 ± 0.005 and 元 ± 0.005 元: 4,359,750.00 元 is 435.975 万元, exactly at 0.005 + 0.0000005 … beyond by the sheet's half unit only
        Assert.Empty(Run(Sheet(MoneyUnit.Yuan, ("basic", 4359750.00m)), Expenditure()).Findings);
        Assert.Single(Run(Sheet(MoneyUnit.Yuan, ("basic", 4359750.01m)), Expenditure()).Findings);
        Assert.Empty(Run(Sheet(MoneyUnit.Yuan, ("basic", 4359750m)), Expenditure()).Findings);   // 0.005 ≤ 0.005 + 0.00005
        Assert.Single(Run(Sheet(MoneyUnit.Yuan, ("basic", 4359751m)), Expenditure()).Findings);
    }

    [Fact]
    public void Fiscal_and_non_fiscal_compare_with_the_summaries_of_their_scope()
    {
        var all = Summary("income-expenditure-summary", "income 0 total 收入总计 | amount=13258.53");
        var fiscal = Summary("fiscal-allocation-summary", "income 0 total 收入总计 | amount=8763.47");
        var ok = Sheet(MoneyUnit.TenThousandYuan, ("total", 13258.53m), ("fiscal", 8763.47m), ("nonFiscal", 4495.06m));
        Assert.Empty(Run(ok, all, fiscal).Findings);
        var bad = Sheet(MoneyUnit.TenThousandYuan, ("total", 13258.53m), ("fiscal", 8763.47m), ("nonFiscal", 4495.60m));
        var f = Assert.Single(Run(bad, all, fiscal).Findings);
        Assert.Contains("非财政拨款 4495.60 万元 ≠ income-expenditure-summary：收入总计 金额 − fiscal-allocation-summary：收入总计 金额 4495.06 万元", f.Message);
    }

    [Fact]
    public void Not_applicable_without_a_department_sheet_or_a_table_of_its_scope()
    {
        Assert.False(new Xt005DepartmentSheetMatchesTables().Check(new RuleContext(Document(Expenditure()))).Applicable);
        Assert.False(Run(Sheet(MoneyUnit.Yuan, ("basic", 1m)), Table("general-budget-basic-expenditure", "合计 | total=1.00")).Applicable);
    }

    [Fact]
    public void A_changed_figure_in_the_seed_gold_is_found()
    {
        // 001's sheet in 元 against the tables in 万元: 项目支出财政拨款 5929913 元 = 592.99 万元; a 593.99 in the general-budget table is not
        var doc = With(Gold(Seed001), "general-budget-expenditure", 53, "project", 593.99m);
        var f = Assert.Single(new Xt005DepartmentSheetMatchesTables().Check(new RuleContext(doc)).Findings);
        Assert.Contains("项目支出财政拨款 5929913.0 元（= 592.9913 万元） ≠ 重庆市綦江区政务服务管理办公室一般公共预算财政拨款支出预算表：合计 项目支出 + 重庆市綦江区政务服务管理办公室政府性基金预算支出表（空表） 593.99 万元", f.Message);   // the gold keeps 5929913.0 for the printed 5929913.00   // the gold keeps 5929913.0 for the printed 5929913.00
    }
}
