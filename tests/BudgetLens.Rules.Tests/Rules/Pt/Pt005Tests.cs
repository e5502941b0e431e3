using BudgetLens.Rules.Rules.Pt;
using static BudgetLens.Rules.Tests.Rules.Pt.PtRun;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Rules.Pt;

public sealed class Pt005Tests
{
    [Fact]
    public void Passes_for_filled_sheets() => Assert.Empty(Run(new Pt005PlaceholderSheet(), Good("购置经费", 31)).Findings);

    [Fact]
    public void Fails_for_a_sheet_that_is_one_code_throughout()
    {
        var f = Assert.Single(Run(new Pt005PlaceholderSheet(), Good("购置经费", 31), Placeholder(389)).Findings);
        Assert.Equal("31000120230101：项目名称、绩效目标和指标均为「31000120230101」，绩效目标表未填写", f.Message);
        Assert.Equal([389, 390], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void A_placeholder_gets_no_other_PT_finding()
    {
        var others = BudgetLens.Rules.RuleCatalog.All.Where(r => r.Id.StartsWith("PT", StringComparison.Ordinal) && r.Id != "PT005");
        Assert.All(others, r => Assert.Empty(Run(r, Placeholder(389), Placeholder(500), Placeholder(600)).Findings));
    }

    [Fact]
    public void Not_applicable_without_sheets() => Assert.False(Run(new Pt005PlaceholderSheet()).Applicable);
}
