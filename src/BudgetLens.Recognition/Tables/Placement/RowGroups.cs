using BudgetLens.Model;

namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>
/// The parent = Σ children groups of one side of a table: classification codes (201 = Σ 201xx), the grand total
/// (= Σ top-level codes), and in summaries without codes the ordinal rows (一、本年收入 = Σ its parts) and the totals
/// (收入总数 = Σ 一、, 二、; 收入总计 = 本年收入合计 + the rows after it).
/// </summary>
public static class RowGroups
{
    /// <param name="rows">The rows of one side, in printed order; groups use indices into this list.</param>
    public static IReadOnlyList<SumGroup> Build(IReadOnlyList<DraftRow> rows)
    {
        var groups = new List<SumGroup>();
        if (rows.Any(r => r.Code is not null)) AddCodeGroups(rows, groups);
        else AddSummaryGroups(rows, groups);
        return groups;
    }

    private static void AddCodeGroups(IReadOnlyList<DraftRow> rows, List<SumGroup> groups)
    {
        var children = new Dictionary<int, List<int>>();
        var top = new List<int>();
        for (int i = 0; i < rows.Count; i++)
        {
            var code = rows[i].Code;
            if (code is null) continue;
            int parent = -1;
            for (int j = i - 1; j >= 0; j--)
            {
                var c = rows[j].Code;
                if (c is not null && c.Length < code.Length && code.StartsWith(c, StringComparison.Ordinal)) { parent = j; break; }
            }
            if (parent < 0) top.Add(i);
            else (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(i);
        }
        foreach (var (parent, list) in children) groups.Add(new SumGroup(parent, list));
        int total = Enumerable.Range(0, rows.Count).FirstOrDefault(i => rows[i].Role == RowRoles.Total, -1);
        if (total >= 0 && top.Count > 0) groups.Add(new SumGroup(total, top));
    }

    private static void AddSummaryGroups(IReadOnlyList<DraftRow> rows, List<SumGroup> groups)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            if (!rows[i].IsOrdinal) continue;
            var parts = new List<int>();
            for (int j = i + 1; j < rows.Count && !rows[j].IsOrdinal && rows[j].Role != RowRoles.Total; j++) parts.Add(j);
            if (parts.Count > 0) groups.Add(new SumGroup(i, parts));
        }
        int start = 0, previousTotal = -1;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Role != RowRoles.Total) continue;
            var span = Enumerable.Range(start, i - start).ToList();
            var ordinals = span.Where(j => rows[j].IsOrdinal).ToList();
            var members = ordinals.Count > 0 ? ordinals : span.Where(j => rows[j].Role != RowRoles.Subtotal).ToList();
            if (previousTotal >= 0) members.Insert(0, previousTotal);
            if (members.Count > 0) groups.Add(new SumGroup(i, members));
            previousTotal = i;
            start = i + 1;
        }
    }
}
