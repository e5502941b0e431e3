using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Nar;
using BudgetLens.Rules.Tests.Narrative;
using static BudgetLens.Rules.Tests.ModelBuilder;
using static BudgetLens.Rules.Tests.Narrative.NarrativeBuilder;

namespace BudgetLens.Rules.Tests.Rules.Nar;

public sealed class Nar005Tests
{
    private static RuleOutcome Run(string share) => new Nar005Share().Check(new RuleContext(Document().With(2023,
        Section("(二) 支出预算情况", 75, "支出预算总额为 13258.53 万元。", $"按支出项目类别划分：基本支出 7802.78 万元，{share}；项目支出 5455.75 万元。"))));

    [Fact]
    public void Passes_when_the_share_follows_from_the_whole_it_is_listed_under_or_names()
    {
        Assert.Empty(Run("占比 58.85%").Findings);
        Assert.Empty(Run("占支出预算总额的 58.85%").Findings);
    }

    [Fact]
    public void Fails_with_the_arithmetic()
    {
        var f = Assert.Single(Run("占比 60.00%").Findings);
        Assert.Equal("NAR005", f.Rule);
        Assert.Contains("基本支出 7802.78 万元 ÷ 支出预算总额 13258.53 万元 = 58.85%，叙述为 60.00%", f.Message);
        Assert.Equal([79, 77, 79], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Tolerance_is_one_unit_of_the_last_digit()
    {
        // 7802.78 ÷ 13258.53 = 58.8510 %
        Assert.Empty(Run("占比 58.9%").Findings);
        Assert.Single(Run("占比 58.95%").Findings);
        Assert.Empty(Run("占比 58.86%").Findings);
    }

    [Fact]
    public void Not_applicable_without_narrative() => Assert.False(new Nar005Share().Check(new RuleContext(Document())).Applicable);
}
