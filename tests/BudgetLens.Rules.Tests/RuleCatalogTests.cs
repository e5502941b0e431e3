using System.Text.RegularExpressions;

namespace BudgetLens.Rules.Tests;

/// <summary>Every rule of the catalog is documented: a stable id of its family, titles in both languages, a description with examples.</summary>
public sealed partial class RuleCatalogTests
{
    [GeneratedRegex(@"^(SUM|XT|CODE|DOC|NAR|PT)\d{3}$")]
    private static partial Regex IdPattern();

    [Fact]
    public void Every_rule_is_documented_and_unique()
    {
        Assert.NotEmpty(RuleCatalog.All);
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches(IdPattern(), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleZh), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.TitleEn), rule.Id);
            Assert.Contains("Passes", rule.Description, StringComparison.Ordinal);
            Assert.Contains("Fails", rule.Description, StringComparison.Ordinal);
        }
    }
}
