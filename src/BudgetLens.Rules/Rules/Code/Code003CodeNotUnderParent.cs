using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Code;

/// <summary>CODE003: a row whose code is not under the code of the row it is nested in.</summary>
public sealed class Code003CodeNotUnderParent : IRule
{
    public string Id => "CODE003";
    public string TitleZh => "科目代码不属于其上级行";
    public string TitleEn => "Code not under the code of its parent row";
    public Severity Severity => Severity.Error;
    public string Description =>
        "In a coded table, the row a row is nested in is the nearest row above it, on the same side, with a smaller level. Where both print a code, " +
        "the row's code must extend its parent's (20805 under 208, 2080505 under 20805). No catalog is needed; codes are compared exactly. " +
        "Passes: 208 > 20805 > 2080505. Fails: 2101101 行政单位医疗 printed as a 项 under 20805 行政事业单位养老支出.";

    public RuleOutcome Check(RuleContext context)
    {
        var coded = context.Document.Tables.Where(t => t.Rows.Any(r => r.Code is not null && r.Level is not null)).ToList();
        if (coded.Count == 0) return RuleOutcome.NotApplicable("no table with nested classification codes");
        return RuleOutcome.Of(coded.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(Table table)
    {
        var rows = table.Rows;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Code is null || row.Level is not int level) continue;
            var parent = Enclosing(rows, i, level);
            if (parent?.Code is not { } parentCode) continue;
            if (row.Code.Length > parentCode.Length && row.Code.StartsWith(parentCode, StringComparison.Ordinal)) continue;
            string child = Figure.RowLabel(row), above = Figure.RowLabel(parent);
            yield return new Finding
            {
                Rule = Id,
                Severity = Severity,
                Message = $"{table.Title}：{child} 列在 {above} 之下，但代码 {row.Code} 不属于 {parentCode}",
                MessageEn = $"{table.Title}: {child} is nested under {above}, but code {row.Code} is not under {parentCode}",
                Locations = [FindingLocation.At(row.Location, table.Title, child), FindingLocation.At(parent.Location, table.Title, above)],
            };
        }
    }

    /// <summary>The nearest row above with a smaller level on the same side (a heading without a level ends nothing).</summary>
    private static TableRow? Enclosing(IReadOnlyList<TableRow> rows, int index, int level)
    {
        var side = rows[index].Side;
        for (int j = index - 1; j >= 0; j--)
        {
            if (rows[j].Side == side && rows[j].Level is int l && l < level) return rows[j];
        }
        return null;
    }
}
