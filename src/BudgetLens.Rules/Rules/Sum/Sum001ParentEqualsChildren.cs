using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Sum;

/// <summary>SUM001: a 类 row equals the sum of its 款 rows, a 款 row the sum of its 项 rows, in every column.</summary>
public sealed class Sum001ParentEqualsChildren : IRule
{
    public string Id => "SUM001";
    public string TitleZh => "上级科目不等于下级科目之和";
    public string TitleEn => "Parent code row differs from the sum of its children";
    public Severity Severity => Severity.Error;
    public string Description =>
        "In every coded table, a 类 (3-digit) row equals the sum of its 款 (5-digit) rows and a 款 row the sum of its 项 (7-digit) rows, " +
        "column by column; a blank cell counts as 0. Tolerance: half a unit of the last printed digit of every figure. " +
        "Passes: 208 54.36 = 20805 54.36. Fails: 201 927.60 with 20103 925.60 (Δ 2.00).";

    public RuleOutcome Check(RuleContext context)
    {
        var coded = context.Document.Tables.Where(t => t.Rows.Any(r => r.Code is not null)).ToList();
        if (coded.Count == 0) return RuleOutcome.NotApplicable("no table with classification codes");
        return RuleOutcome.Of(coded.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(Table table)
    {
        var rows = table.Rows.Where(r => r.Code is not null).ToList();
        foreach (var parent in rows)
        {
            int childLength = parent.Code!.Length + 2;
            var children = rows.Where(r => r.Code!.Length == childLength && r.Code.StartsWith(parent.Code, StringComparison.Ordinal)).ToList();
            if (children.Count == 0) continue;
            string level = childLength == 5 ? "款" : "项";
            foreach (var key in parent.Values.Keys)
            {
                var finding = SumFindings.Compare(this, Figure.Of(table, parent, key), [.. children.Select(c => Figure.Of(table, c, key))], $"Σ{level}", "sum of children");
                if (finding is not null) yield return finding;
            }
        }
    }
}
