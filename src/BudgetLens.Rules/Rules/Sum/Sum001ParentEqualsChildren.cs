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
            foreach (var key in parent.Values.Keys)
            {
                var items = children.Select(c => c.Values.GetValueOrDefault(key) ?? 0m).ToList();
                var printed = parent.Values[key] ?? 0m;
                if (!Tolerance.SumDiffers(printed, items)) continue;
                var sum = items.Sum();
                string level = childLength == 5 ? "款" : "项";
                yield return new Finding
                {
                    Rule = Id,
                    Severity = Severity,
                    Message = $"{table.Title}：{parent.Code} {parent.Name} {ColumnNames.Zh(key)} {Amounts.Show(printed)} ≠ Σ{level} {Amounts.Show(sum)}（Δ {Amounts.Delta(printed, sum)}）",
                    MessageEn = $"{table.Title}: {parent.Code} {parent.Name} {ColumnNames.En(key)} {Amounts.Show(printed)} ≠ sum of children {Amounts.Show(sum)} (Δ {Amounts.Delta(printed, sum)})",
                    Locations = [FindingLocation.At(parent.Location, table.Title, $"{parent.Code} {parent.Name}", key, parent.Values[key]),
                        .. children.Select(c => FindingLocation.At(c.Location, table.Title, $"{c.Code} {c.Name}", key, c.Values.GetValueOrDefault(key)))],
                    Expected = sum,
                    Actual = printed,
                };
            }
        }
    }
}
