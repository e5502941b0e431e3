using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt012Tests
{
    [Fact]
    public void Passes_with_goal_and_indicators() => Assert.Empty(Run(new Pt012SheetWithoutContent(), Good("a", 1)).Findings);

    [Fact]
    public void Fails_without_goal_or_indicators()
    {
        var f = Assert.Single(Run(new Pt012SheetWithoutContent(), Sheet("空表", 7, 1m) with { Goal = " " }).Findings);
        Assert.Equal("空表：没有绩效目标和绩效指标", f.Message);
        Assert.Equal(7, f.FirstLine);
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt012SheetWithoutContent()).Applicable);
}
