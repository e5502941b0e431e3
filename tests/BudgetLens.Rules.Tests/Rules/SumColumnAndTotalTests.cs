using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Sum;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules;

public sealed class Sum002Tests
{
    private static IReadOnlyList<Finding> Run(string kind, params string[] rows) =>
        new Sum002ColumnIdentities().Check(new RuleContext(Document(Table(kind, rows)))).Findings;

    [Fact]
    public void Passes_total_equals_basic_plus_project() =>
        Assert.Empty(Run("general-budget-expenditure", "合计 | total=1028.96 basic=435.97 project=592.99", "2010301 行政运行 | total=334.61 basic=334.61 project="));

    [Fact]
    public void Fails_with_the_arithmetic()
    {
        var f = Assert.Single(Run("general-budget-basic-expenditure", "302 商品和服务支出 | total=75.83 personnel=0.10 publicUse=75.63"));
        Assert.Contains("75.83 ≠ 人员经费 + 公用经费 75.73（Δ 0.10）", f.Message);
        Assert.Equal(3, f.Locations.Count);
    }

    [Fact]
    public void Three_public_expenses_use_the_vehicle_subtotal_not_its_parts()
    {
        Assert.Empty(Run("three-public-expenses", "(无) | total=4.30 overseasTravel= vehicleTotal=3.50 vehiclePurchase= vehicleOperation=3.50 reception=0.80"));
        var f = Assert.Single(Run("three-public-expenses", "(无) | total=4.30 overseasTravel= vehicleTotal=3.50 vehiclePurchase=1.00 vehicleOperation=3.50 reception=0.80"));
        Assert.Contains("公务用车购置及运行费 3.50", f.Message);
    }

    [Fact]
    public void Income_summary_uses_fiscal_or_its_parts()
    {
        Assert.Empty(Run("income-summary", "合计 | total=10.00 carryover= generalBudget=8.00 governmentFund=2.00 otherIncome="));
        Assert.Single(Run("income-summary", "合计 | total=10.00 carryover=1.00 fiscal=8.00 generalBudget=8.00 otherIncome="));
    }

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        Assert.Empty(Run("general-budget-expenditure", "合计 | total=10.01 basic=5.00 project=5.00"));   // 0.01 ≤ 0.005 × 3 = 0.015
        Assert.Single(Run("general-budget-expenditure", "合计 | total=10.02 basic=5.00 project=5.00"));
    }
}

public sealed class Sum003Tests
{
    [Fact]
    public void Total_row_equals_the_classes()
    {
        var rule = new Sum003TotalEqualsTopLevel();
        var ok = Document(Table("general-budget-expenditure", "合计 | total=981.96", "201 一般公共服务支出 | total=927.60", "20103 事务 | total=927.60", "208 社会保障和就业支出 | total=54.36"));
        Assert.Empty(rule.Check(new RuleContext(ok)).Findings);
        var bad = Document(Table("general-budget-expenditure", "合计 | total=983.96", "201 一般公共服务支出 | total=927.60", "208 社会保障和就业支出 | total=54.36"));
        var f = Assert.Single(rule.Check(new RuleContext(bad)).Findings);
        Assert.Equal((981.96m, 983.96m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void Not_applicable_without_a_total_row() =>
        Assert.False(new Sum003TotalEqualsTopLevel().Check(new RuleContext(Document(Table("general-budget-expenditure", "201 x | total=1.00")))).Applicable);
}

public sealed class Sum005Tests
{
    private static TargetSheet Sheet(params (string Key, decimal? Value)[] funds) => new()
    {
        Name = "定点医疗机构督查经费",
        Funds = funds.ToDictionary(f => f.Key, f => f.Value),
        Location = SourceLocation.Lines(29, 49),
    };

    private static IReadOnlyList<Finding> Run(TargetSheet sheet) =>
        new Sum005SheetFunds().Check(new RuleContext(new BudgetDocument { Source = new SourceInfo("t", null, "text"), Projects = [sheet] })).Findings;

    [Fact]
    public void Total_is_fiscal_plus_non_fiscal() => Assert.Empty(Run(Sheet(("total", 80.00m), ("fiscal", 80.00m), ("nonFiscal", 0.00m))));

    [Fact]
    public void Fails_when_the_parts_fall_short()
    {
        var f = Assert.Single(Run(Sheet(("total", 80.00m), ("fiscal", 70.00m), ("nonFiscal", 0.00m))));
        Assert.Equal((70.00m, 80.00m), (f.Expected!.Value, f.Actual!.Value));
    }

    [Fact]
    public void Superior_plus_local_plus_other()
    {
        Assert.Empty(Run(Sheet(("total", 5.50m), ("superior", null), ("local", 5.50m), ("other", null))));
        var f = Assert.Single(Run(Sheet(("total", 6.50m), ("superior", null), ("local", 5.50m), ("other", null))));
        Assert.Equal(3, f.Locations.Count - 1);
    }
}

public sealed class Sum006Tests
{
    [Fact]
    public void A_cent_over_many_projects_is_rounding_but_more_is_a_finding()
    {
        var rows = new List<string> { "合计 | total=479772.67", "广州市医疗保险服务中心 | total=479772.67" };
        rows.AddRange(Enumerable.Range(1, 23).Select(i => $"项目{i} | total=0.01"));
        rows.Add("项目24 | total=479772.45");
        var table = Table("project-summary", [.. rows]);
        table = table with { Rows = [table.Rows[0], table.Rows[1] with { Role = RowRoles.Subtotal }, .. table.Rows.Skip(2)] };
        var rule = new Sum006ProjectSummaryTotal();
        Assert.Empty(rule.Check(new RuleContext(Document(table))).Findings);
        var bad = table with { Rows = [table.Rows[0] with { Values = new Dictionary<string, decimal?> { ["total"] = 479872.67m } }, .. table.Rows.Skip(1)] };
        Assert.Single(rule.Check(new RuleContext(Document(bad))).Findings);
    }
}
