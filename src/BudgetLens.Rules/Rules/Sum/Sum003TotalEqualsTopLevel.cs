using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Sum;

/// <summary>SUM003: the 合计 row equals the sum of the top-level (level 1) rows, in every column.</summary>
public sealed class Sum003TotalEqualsTopLevel : IRule
{
    public string Id => "SUM003";
    public string TitleZh => "合计行不等于各类之和";
    public string TitleEn => "Total row differs from the sum of the top-level rows";
    public Severity Severity => Severity.Error;
    public string Description =>
        "In a one-sided table with a 合计 row, each column of the 合计 row equals the sum of the level-1 rows (类 of a coded table); " +
        "blank cells count as 0; tolerance: the half units of all figures. Two-sided summaries are SUM004's, project summaries SUM006's. " +
        "Passes: 合计 1028.96 = 201 927.60 + 208 54.36 + 210 16.93 + 221 30.07. Fails: 合计 1030.96 over the same classes (Δ 2.00).";

    public RuleOutcome Check(RuleContext context)
    {
        var tables = context.Document.Tables
            .Where(t => !t.Kind.EndsWith("-summary", StringComparison.Ordinal) || t.Kind is "income-summary" or "expenditure-summary")
            .Where(t => t.Rows.Any(r => r.Role == RowRoles.Total) && t.Rows.Any(r => r.Level == 1 && r.Role == RowRoles.Item))
            .ToList();
        if (tables.Count == 0) return RuleOutcome.NotApplicable("no one-sided table with a 合计 row and top-level rows");
        return RuleOutcome.Of(tables.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(Table table)
    {
        var total = table.Rows.First(r => r.Role == RowRoles.Total);
        var top = table.Rows.Where(r => r.Level == 1 && r.Role == RowRoles.Item).ToList();
        foreach (var key in total.Values.Keys)
        {
            var finding = SumFindings.Compare(this, Figure.Of(table, total, key), [.. top.Select(r => Figure.Of(table, r, key))], "Σ类", "sum of top-level rows");
            if (finding is not null) yield return finding;
        }
    }
}
