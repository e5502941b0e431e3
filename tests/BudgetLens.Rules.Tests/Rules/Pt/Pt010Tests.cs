using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt010Tests
{
    [Fact]
    public void Passes_with_distinct_names() => Assert.Empty(Run(new Pt010DuplicateIndicator(), Good("a", 1)).Findings);

    [Fact]
    public void Fails_for_a_name_printed_twice()
    {
        var sheet = Sheet("运维", 1, 1m, I("产出指标/质量指标", "故障排除率", "100%", 5), I("产出指标/时效指标", "故障 排除率", "≥ 99%", 9));
        var f = Assert.Single(Run(new Pt010DuplicateIndicator(), sheet).Findings);
        Assert.Equal("运维：指标「故障排除率」出现 2 次（100%；≥ 99%）", f.Message);
        Assert.Equal([5, 9], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt010DuplicateIndicator()).Applicable);
}
