using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Rules.Code;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests.Rules.Code;

public sealed class Code004Tests
{
    private static BudgetDocument Doc(string file, params string[] rows) =>
        Document(Table("general-budget-basic-expenditure", rows)) with { Source = new SourceInfo(file, null, SourceFormats.Text) };

    private static RuleOutcome Run(BudgetDocument document, params BudgetDocument[] corpus) =>
        new Code004NameVariesAcrossCorpus().Check(new RuleContext(document, corpus));

    [Fact]
    public void Not_applicable_on_one_document()
    {
        var a = Doc("a.txt", "30399 其他对个人和家庭的补助 | total=1");
        Assert.False(Run(a).Applicable);
        Assert.False(Run(a, a).Applicable);
    }

    [Fact]
    public void Names_equal_after_punctuation_and_known_renamings_pass()
    {
        var a = Doc("a.txt", "30213 维修(护)费 | total=1", "30211 国内差旅费 | total=1");
        var b = Doc("b.txt", "30213 维修（护）费 | total=1", "30211 差旅费 | total=1");
        Assert.Empty(Run(a, a, b).Findings);
    }

    [Fact]
    public void Two_names_are_reported_once_for_the_set_with_the_first_document()
    {
        var a = Doc("a.txt", "30399 其他对个人和家庭的补助支出 | total=4.60");
        var b = Doc("b.txt", "30399 其他对个人和家庭的补助 | total=0.74");
        var f = Assert.Single(Run(a, b).Findings);
        Assert.Equal(("CODE004", Severity.Warning), (f.Rule, f.Severity));
        Assert.Equal("30399 在所查文件中有 2 种名称：“其他对个人和家庭的补助支出”（a.txt:10）；“其他对个人和家庭的补助”（b.txt:10）", f.Message);
        Assert.Equal(["a.txt › general-budget-basic-expenditure", "b.txt › general-budget-basic-expenditure"], f.Locations.Select(l => l.Table!));
        Assert.Empty(Run(b, a).Findings);
        Assert.Empty(Run(b, a, b).Findings);
    }
}
