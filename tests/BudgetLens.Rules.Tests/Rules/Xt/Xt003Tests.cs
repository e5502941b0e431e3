using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Xt;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Xt;

public sealed class Xt003Tests
{
    private static RuleOutcome Run(string functionBasic, string basicTotal) => new Xt003BasicTotalMatchesBasicTable().Check(new RuleContext(Document(
        Table("general-budget-expenditure", $"合计 | total=1028.96 basic={functionBasic} project=592.99"),
        Table("general-budget-basic-expenditure", $"合计 | total={basicTotal} personnel=360.24 publicUse=75.73"))));

    [Fact]
    public void Passes_when_the_basic_totals_agree() => Assert.Empty(Run("435.97", "435.97").Findings);

    [Fact]
    public void Fails_with_both_totals()
    {
        var f = Assert.Single(Run("435.97", "453.97").Findings);
        Assert.Equal("XT003", f.Rule);
        Assert.Equal("general-budget-expenditure：合计 基本支出 435.97 万元 ≠ general-budget-basic-expenditure：合计 453.97 万元（Δ 18.00 万元）", f.Message);
        Assert.Equal([10, 10], f.Locations.Select(l => l.Line!.Value));
        Assert.Equal(["basic", "total"], f.Locations.Select(l => l.Column!));
    }

    [Fact]
    public void Exactly_at_tolerance_passes_and_just_beyond_fails()
    {
        Assert.Empty(Run("435.97", "435.98").Findings);
        Assert.Single(Run("435.97", "435.99").Findings);
        Assert.Empty(Run("436.0", "435.97").Findings);   // 0.03 ≤ 0.05 + 0.005
        Assert.Single(Run("436.1", "435.97").Findings);
    }

    [Theory]
    [InlineData("5.00", false)]
    [InlineData("6.00", true)]
    public void Without_a_total_row_the_top_level_rows_are_added(string third, bool differs)
    {
        var outcome = new Xt003BasicTotalMatchesBasicTable().Check(new RuleContext(Document(
            Table("general-budget-expenditure", "合计 | total=1028.96 basic=435.97 project=592.99"),
            Table("general-budget-basic-expenditure", "301 工资福利支出 | total=355.14", "30101 基本工资 | total=84.93", "302 商品和服务支出 | total=75.83", $"303 对个人和家庭的补助 | total={third}"))));
        Assert.Equal(differs, outcome.Findings.Count == 1);
        if (differs) Assert.Contains("≠ general-budget-basic-expenditure：Σ一级行 合计 436.97 万元（Δ 1.00 万元）", outcome.Findings[0].Message);
        if (differs) Assert.Equal(4, outcome.Findings[0].Locations.Count);
    }

    [Fact]
    public void Not_applicable_without_the_basic_table() =>
        Assert.False(new Xt003BasicTotalMatchesBasicTable().Check(new RuleContext(Document(Table("general-budget-expenditure", "合计 | basic=1.00")))).Applicable);
}
