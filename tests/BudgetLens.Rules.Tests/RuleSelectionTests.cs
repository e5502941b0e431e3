using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Tests;

public sealed class RuleSelectionTests
{
    [Fact]
    public void Ids_and_prefix_patterns_select_rules()
    {
        var s = new RuleSelection("SUM*, pt005");
        Assert.True(s.Includes("SUM001"));
        Assert.True(s.Includes("PT005"));
        Assert.False(s.Includes("PT006"));
        Assert.True(RuleSelection.All.Includes("NAR001"));
    }

    [Fact]
    public void Patterns_that_match_no_rule_are_reported()
    {
        Assert.Equal(["SUMX01"], new RuleSelection("SUM*,SUMX01").Unmatched(["SUM001", "PT005"]));
    }
}
