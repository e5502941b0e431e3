using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar003Tests
{
    private static RuleOutcome Run(string paragraph) =>
        new Nar003ChangeRate().Check(new RuleContext(Document().With(2023, Section("(六) 机关运行经费等重要事项的说明", 103, paragraph))));

    [Fact]
    public void Passes_on_003_line_105_and_on_a_truncated_rate()
    {
        Assert.Empty(Run("2023 年部门机关运行经费预算 944.07 万元，比 2022 年预算增加 13.38 万元，增长 1.44%。").Findings);
        Assert.Empty(Run("机关运行经费预算 944.07 万元，比上年增加 13.38 万元，增长 1.43%。").Findings); // 1.4377 truncated
    }

    [Fact]
    public void Fails_where_the_rate_does_not_follow()
    {
        var f = Assert.Single(Run("机关运行经费预算 150.00 万元，比上年增加 50.00 万元，增长 55.00%。").Findings);
        Assert.Equal("NAR003", f.Rule);
        Assert.Contains("100.00 → 150.00 万元，增减 50.00，应为 50.00%，叙述为 55.00%", f.Message);
        Assert.Equal((50.00m, 55.00m), (f.Expected!.Value, f.Actual!.Value));
        Assert.Equal(3, f.Locations.Count);
        Assert.All(f.Locations, l => Assert.Equal(105, l.Line));
    }

    [Fact]
    public void Tolerance_is_one_unit_of_the_rates_last_digit_and_decreases_count()
    {
        // 100 → 150: 50 %; 49 and 51 are one unit away, 48 is two
        Assert.Empty(Run("经费 150 万元，比上年增加 50 万元，增长 51%。").Findings);
        Assert.Empty(Run("经费 150 万元，比上年增加 50 万元，增长 49%。").Findings);
        Assert.Single(Run("经费 150 万元，比上年增加 50 万元，增长 48%。").Findings);
        Assert.Empty(Run("经费 80 万元，比上年减少 20 万元，下降 20%。").Findings);
        Assert.Single(Run("经费 80 万元，比上年减少 20 万元，下降 25%。").Findings);
    }

    [Fact]
    public void A_zero_base_is_not_checked() => Assert.Empty(Run("经费 50 万元，比上年增加 50 万元，增长 100%。").Findings);

    [Fact]
    public void Not_applicable_without_narrative() =>
        Assert.False(new Nar003ChangeRate().Check(new RuleContext(Document())).Applicable);
}
