using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Code;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Code;

public sealed class Code002Tests
{
    private static RuleOutcome Run(int? year, params string[] rows) =>
        new Code002NameDiffersFromCatalog().Check(new RuleContext(Document(Table("general-budget-basic-expenditure", rows)) with { Year = year }));

    [Fact]
    public void Punctuation_spaces_and_known_renamings_pass()
    {
        var outcome = Run(2023, "30213 维修(护)费 | total=1", "30212 因公出国(境) 费用 | total=", "30211 国内差旅费 | total=1", "30223 购买服务 | total=");
        Assert.True(outcome.Applicable);
        Assert.Empty(outcome.Findings);
    }

    [Fact]
    public void Another_name_is_a_finding_once_per_code_and_name()
    {
        var f = Assert.Single(Run(2023, "30201 办公用品费 | total=1", "30201 办公用品费 | total=2").Findings);
        Assert.Equal(("CODE002", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("30201 印为“办公用品费”，分类目录为“办公费”", f.Message);
        Assert.Equal("30201 is printed as 办公用品费; the catalog names it 办公费", f.MessageEn);
        Assert.Equal([10, 11], f.Locations.Select(l => l.Line!.Value));
    }

    [Fact]
    public void An_old_name_passes_up_to_its_last_year_and_fails_after()
    {
        static RuleOutcome Old(int year) => new Code002NameDiffersFromCatalog().Check(new RuleContext(
            Document(Table("general-budget-expenditure", "210 医疗卫生与计划生育支出 | total=1")) with { Year = year }));
        Assert.Empty(Old(2018).Findings);
        var f = Assert.Single(Old(2019).Findings);
        Assert.Equal("210 印为“医疗卫生与计划生育支出”，分类目录为“卫生健康支出”（旧名称，2019 年起为“卫生健康支出”）", f.Message);
    }

    [Fact]
    public void Not_applicable_without_codes() => Assert.False(Run(2023, "合计 | total=1").Applicable);
}
