using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Sum;

/// <summary>SUM006: the project lines of a project-summary add up to its 合计 (and to each unit's subtotal).</summary>
public sealed class Sum006ProjectSummaryTotal : IRule
{
    public string Id => "SUM006";
    public string TitleZh => "项目合计不等于各项目之和";
    public string TitleEn => "Project summary total differs from the sum of its projects";
    public Severity Severity => Severity.Error;
    public string Description =>
        "In the overview of a 项目支出绩效目标表, the 合计 row (and each 资金使用单位 row) equals the sum of the project rows under it, column by column; " +
        "tolerance: the half units of all figures, so 24 projects may differ by a cent. Passes: 000's 479,772.67 against projects summing to 479,772.68. " +
        "Fails: a 合计 of 479,772.67 over projects summing to 479,872.68.";

    public RuleOutcome Check(RuleContext context)
    {
        var tables = context.Document.Tables.Where(t => t.Kind == "project-summary" && t.Rows.Any(r => r.Role == RowRoles.Item)).ToList();
        if (tables.Count == 0) return RuleOutcome.NotApplicable("no project-summary table");
        return RuleOutcome.Of(tables.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(Table table)
    {
        var projects = table.Rows.Where(r => r.Role == RowRoles.Item).ToList();
        foreach (var group in table.Rows.Where(r => r.Role is RowRoles.Total or RowRoles.Subtotal))
        {
            var members = group.Role == RowRoles.Total ? projects : ProjectsUnder(table, group);
            foreach (var key in group.Values.Keys)
            {
                var finding = SumFindings.Compare(this, Figure.Of(table, group, key), [.. members.Select(r => Figure.Of(table, r, key))], "Σ项目", "sum of projects");
                if (finding is not null) yield return finding;
            }
        }
    }

    /// <summary>The project rows after a unit row up to the next unit or total row.</summary>
    private static List<TableRow> ProjectsUnder(Table table, TableRow unit)
    {
        var after = table.Rows.SkipWhile(r => !ReferenceEquals(r, unit)).Skip(1);
        return after.TakeWhile(r => r.Role == RowRoles.Item).ToList();
    }
}
