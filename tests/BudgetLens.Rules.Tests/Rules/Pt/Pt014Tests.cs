using BudgetLens.Model;
using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt014Tests
{
    private static TargetSheet With(string name, int line, string satisfaction) =>
        Sheet(name, line, 1m, I("产出指标/数量指标", name + "数量", "≥ " + line + "个", line + 1), I("满意度指标/服务对象满意度指标", "来访群众满意度", satisfaction, line + 2)) with { Goal = name };

    [Fact]
    public void Under_half_of_the_sheets_passes() =>
        Assert.Empty(Run(new Pt014Boilerplate(), With("a", 10, "≥90%"), With("b", 20, "≥90%"), With("c", 30, "≥95%"), With("d", 40, "≥80%"),
            With("e", 50, "≥85%"), With("f", 60, "≥90%"), With("g", 70, "≥70%")).Findings);

    [Fact]
    public void Half_or_more_fails_once_listing_the_sheets()
    {
        var f = Assert.Single(Run(new Pt014Boilerplate(), With("a", 10, "≥90%"), With("b", 20, "≥ 90%"), With("c", 30, "≥95%"), With("d", 40, "≥90%"),
            With("e", 50, "≥85%"), With("f", 60, "≥80%")).Findings);
        Assert.Equal("指标「来访群众满意度 ≥90%」出现在 3/6 张表中：a、b、d", f.Message);
        Assert.Equal([12, 22, 42], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Not_applicable_with_fewer_than_three_sheets() => Assert.False(Run(new Pt014Boilerplate(), Good("a", 1), Good("b", 30)).Applicable);
}
