using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Sum;

/// <summary>SUM002: within a row, the total column equals the sum of its part columns (total = basic + project, total = personnel + publicUse …).</summary>
public sealed class Sum002ColumnIdentities : IRule
{
    public string Id => "SUM002";
    public string TitleZh => "合计列不等于各分列之和";
    public string TitleEn => "Total column differs from the sum of its part columns";
    public Severity Severity => Severity.Error;
    public string Description =>
        "In every row: total = basic + project (+ the other expenditure columns printed); total = personnel + publicUse; income-summary total = " +
        "carryover + fiscal (or its parts) + business income (or its parts) + the other income columns; 三公 total = overseas travel + vehicles + reception; " +
        "vehicles = purchase + operation. A subtotal column is never added with its own parts. Blank cells count as 0; tolerance: the half units of all figures. " +
        "Passes: 合计 1028.96 = 基本 435.97 + 项目 592.99. Fails: 21015 total 1234.57 with basic 1000.00 and project 200.00.";

    public RuleOutcome Check(RuleContext context)
    {
        var tables = context.Document.Tables.Where(t => ColumnIdentities.Of(t.Kind).Count > 0 && !t.Empty).ToList();
        if (tables.Count == 0) return RuleOutcome.NotApplicable("no table with column totals");
        return RuleOutcome.Of(tables.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(Table table)
    {
        foreach (var row in table.Rows)
        {
            var printed = row.Values.Keys.ToHashSet();
            foreach (var identity in ColumnIdentities.Of(table.Kind))
            {
                if (!printed.Contains(identity.Total)) continue;
                var keys = ColumnIdentities.Resolve(identity, printed);
                if (keys.Count == 0 || (row.Values[identity.Total] is null && keys.All(k => row.Values[k] is null))) continue;
                var finding = SumFindings.Compare(this, Figure.Of(table, row, identity.Total), [.. keys.Select(k => Figure.Of(table, row, k))],
                    SumFindings.Join(keys, english: false), SumFindings.Join(keys, english: true));
                if (finding is not null) yield return finding;
            }
        }
    }
}
