using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Doc;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Doc;

public sealed class Doc003Tests
{
    private static RuleOutcome Run(BudgetDocument document) => new Doc003UnitNotDeclared().Check(new RuleContext(document));

    [Fact]
    public void Tables_with_a_unit_and_empty_tables_without_one_pass()
    {
        var outcome = Run(Document(Table("expenditure-summary", "合计 | total=1028.96"), Table("government-fund-expenditure", "合计 | total=") with { Unit = null, Empty = true }));
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void A_table_with_amounts_and_no_unit_is_a_finding()
    {
        var table = Table("expenditure-summary", "合计 | total=", "208 社会保障和就业支出 | total=1028.96") with { Unit = null, Title = "部门支出总表", Location = SourceLocation.AtLine(240) };
        var f = Assert.Single(Run(Document(table)).Findings);
        Assert.Equal(("DOC003", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("部门支出总表 印有金额（如 1028.96）但未声明单位（元/万元）", f.Message);
        var l = Assert.Single(f.Locations);
        Assert.Equal((240, "部门支出总表", 1028.96m), (l.Line!.Value, l.Table!, l.Value!.Value));
    }

    [Fact]
    public void A_sheet_printing_funds_without_a_unit_is_a_finding()
    {
        var sheet = new TargetSheet { Name = "城乡居民基本医疗保险", Funds = new Dictionary<string, decimal?> { ["total"] = 110.00m }, Location = SourceLocation.AtLine(3) };
        var f = Assert.Single(Run(Document() with { Projects = [sheet] }).Findings);
        Assert.Equal(3, f.FirstLine);
        Assert.Empty(Run(Document() with { Projects = [sheet with { Unit = MoneyUnit.TenThousandYuan }] }).Findings);
    }

    [Fact]
    public void Not_applicable_without_amounts() =>
        Assert.False(Run(Document(Table("government-fund-expenditure") with { Empty = true })).Applicable);
}
