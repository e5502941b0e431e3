using System.Text.RegularExpressions;
using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>
/// The structure of one side of a two-sided summary (income-expenditure-summary, fiscal-allocation-summary):
/// which rows are parts of a parent row printed above them (一、本年收入 over its （一）… or over the unnumbered
/// classes that follow it), and which rows a total/subtotal row totals — the top-level rows printed since the
/// previous total, where an earlier total stands for the rows it totals (支出总计 = 本年支出合计 + 结转下年),
/// never a parent together with its children.
/// </summary>
public static partial class SummarySides
{
    /// <summary>A row and the rows it sums: its children below it (a parent), or the top-level rows above it (a total).</summary>
    public sealed record Group(TableRow Row, IReadOnlyList<TableRow> Members, bool IsParent);

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]+\s*[、.．]")]
    private static partial Regex FirstRankOrdinal();

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])")]
    private static partial Regex LowerRankOrdinal();

    /// <summary>
    /// The rows of the table on one side, in printed order; heading rows and 其中 rows (a partial breakdown of the row
    /// above: neither a part of a sum nor a total) left out.
    /// </summary>
    public static IReadOnlyList<TableRow> RowsOf(Table table, string side) =>
        table.Rows.Where(r => r.Side == side && r.Role != RowRoles.Heading && r.Name?.TrimStart().StartsWith("其中", StringComparison.Ordinal) != true).ToList();

    /// <summary>The sides the table prints, in the order of their first row.</summary>
    public static IEnumerable<string> SidesOf(Table table) => table.Rows.Select(r => r.Side).OfType<string>().Distinct();

    public static bool IsNumbered(TableRow row) => row.Name is { } n && (FirstRankOrdinal().IsMatch(n) || LowerRankOrdinal().IsMatch(n));

    /// <summary>The parents with their children, then the totals with the rows they total, of one side's rows.</summary>
    public static IReadOnlyList<Group> Groups(IReadOnlyList<TableRow> rows)
    {
        var groups = new List<Group>();
        var nested = new HashSet<TableRow>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Role == RowRoles.Total || nested.Contains(rows[i])) continue;
            var children = ChildrenOf(rows, i, out var descendants);
            if (children.Count == 0) continue;
            groups.Add(new Group(rows[i], children, IsParent: true));
            nested.UnionWith(descendants);
        }
        // nested parents ((一) under 一、) are groups too; their own children are already marked
        for (int i = 0; i < rows.Count; i++)
        {
            if (!nested.Contains(rows[i]) || rows[i].Role == RowRoles.Total) continue;
            var children = ChildrenOf(rows, i, out _);
            if (children.Count > 0) groups.Add(new Group(rows[i], children, IsParent: true));
        }
        var parents = groups.Select(g => g.Row).ToHashSet(ReferenceEqualityComparer.Instance);
        var pending = new List<TableRow>();
        foreach (var row in rows)
        {
            if (nested.Contains(row)) continue;
            // a 小计 without rows below it totals the rows above; a numbered group row (二、上年结转) with none is a plain row
            bool totals = row.Role == RowRoles.Total || (row.Role == RowRoles.Subtotal && !parents.Contains(row) && !IsNumbered(row));
            if (!totals) { pending.Add(row); continue; }
            if (pending.Count > 0) groups.Add(new Group(row, pending, IsParent: false));
            pending = [row];
        }
        return groups;
    }

    /// <summary>The last total row of a side: its grand total (收入总计, 支出总计).</summary>
    public static TableRow? GrandTotal(IReadOnlyList<TableRow> rows) => rows.LastOrDefault(r => r.Role == RowRoles.Total);

    /// <summary>
    /// The direct children of rows[i]: the deeper rows right below it (those of the first deeper level), or — for a
    /// numbered subtotal (一、本年支出) followed by unnumbered rows of its own level — those rows up to the next numbered row.
    /// </summary>
    private static List<TableRow> ChildrenOf(IReadOnlyList<TableRow> rows, int i, out List<TableRow> descendants)
    {
        var parent = rows[i];
        descendants = [];
        if (parent.Level is not int level || level == 0) return [];
        int j = i + 1;
        while (j < rows.Count && rows[j].Role != RowRoles.Total && rows[j].Level > level) descendants.Add(rows[j++]);
        if (descendants.Count > 0)
        {
            int first = descendants.Min(r => r.Level!.Value);
            return descendants.Where(r => r.Level == first).ToList();
        }
        if (parent.Role != RowRoles.Subtotal || parent.Name is null || !FirstRankOrdinal().IsMatch(parent.Name)) return [];
        var children = new List<TableRow>();
        for (j = i + 1; j < rows.Count; j++)
        {
            var row = rows[j];
            if (row.Role != RowRoles.Item || (row.Level == level && IsNumbered(row)) || row.Level < level) break;
            descendants.Add(row);
            if (row.Level == level) children.Add(row);
        }
        return children;
    }
}
