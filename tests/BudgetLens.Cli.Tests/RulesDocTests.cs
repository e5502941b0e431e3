using BudgetLens.TestSupport;

namespace BudgetLens.Cli.Tests;

public sealed class RulesDocTests
{
    [Fact]
    public void Docs_rules_md_is_the_catalog_as_the_code_has_it()
    {
        var path = Path.Combine(SharedData.RepoRoot, "docs", "rules.md");
        Assert.True(File.Exists(path) && File.ReadAllText(path) == RulesCommand.Markdown(),
            "docs/rules.md is out of date: run ./budgetlens rules > docs/rules.md");
    }

    [Fact]
    public void Every_family_of_the_specification_is_in_the_catalog()
    {
        var ids = Rules.RuleCatalog.All.Select(r => r.Id).ToHashSet();
        string[] spec = ["SUM001", "SUM002", "SUM003", "SUM004", "SUM005", "SUM006", "XT001", "XT002", "XT003", "XT004", "XT005",
            "CODE001", "CODE002", "CODE003", "CODE004", "DOC001", "DOC002", "DOC003", "DOC004",
            "NAR001", "NAR002", "NAR003", "NAR004", "NAR005", "NAR006", "NAR007",
            "PT001", "PT002", "PT003", "PT004", "PT005", "PT006", "PT007", "PT008", "PT009", "PT010", "PT011", "PT012", "PT013", "PT014"];
        foreach (var id in spec) Assert.Contains(id, ids);
    }
}
