using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// A sheet's money printed as a small table: header lines (预算支出总额 / 基本支出 项目支出 / 合计 财政拨款 专户资金 …)
/// over one row of amounts. Works out the columns (a standalone total, then groups whose sub-columns start at 合计)
/// and their <c>funds</c> keys; the amounts are placed by <see cref="ColumnPlacer"/>.
/// </summary>
public sealed class FundsGrid
{
    /// <summary>One column: its funds key (null where the contract has none), its group (-1 standalone), whether it totals its group.</summary>
    public sealed record Column(string Heading, string? Key, int Group, bool IsGroupTotal);

    private FundsGrid(IReadOnlyList<Column> columns) => Columns = columns;

    public IReadOnlyList<Column> Columns { get; }

    /// <summary>True when every token of a line is a money heading of this sheet kind (a header line of the grid).</summary>
    public static bool IsHeaderLine(IReadOnlyList<string> tokens, SheetFundLabels.SheetKind kind) =>
        tokens.Count > 0 && tokens.All(t => SheetFundLabels.IsFundsWord(t, kind));

    /// <summary>True when every token is an amount (the grid's row of numbers).</summary>
    public static bool IsAmountLine(IReadOnlyList<string> tokens) =>
        tokens.Count > 0 && tokens.All(t => Common.AmountParser.TryParse(t, out _));

    public static FundsGrid FromHeader(IReadOnlyList<IReadOnlyList<string>> headerLines, SheetFundLabels.SheetKind kind)
    {
        var columns = new List<Column>();
        if (headerLines.Count == 0) return new FundsGrid(columns);
        var leaf = headerLines[^1];
        var groups = headerLines.Count >= 2 ? headerLines[^2] : [];
        var runs = SplitAtGroupTotals(leaf);
        bool grouped = groups.Count > 0 && runs.Count == groups.Count && runs.All(r => SheetFundLabels.IsGroupPart(r[0]));
        foreach (var line in headerLines.Take(headerLines.Count - (grouped ? 2 : 1)))
            foreach (var token in line) columns.Add(new Column(token, SheetFundLabels.KeyOf(token, kind), -1, false));
        if (!grouped)
        {
            foreach (var line in groups.Count > 0 ? [groups] : Array.Empty<IReadOnlyList<string>>())
                foreach (var token in line) columns.Add(new Column(token, SheetFundLabels.KeyOf(token, kind), -1, false));
            foreach (var token in leaf) columns.Add(new Column(token, SheetFundLabels.KeyOf(token, kind), -1, false));
            return new FundsGrid(columns);
        }
        for (int g = 0; g < groups.Count; g++)
        {
            var groupKey = SheetFundLabels.KeyOf(groups[g], kind);
            for (int i = 0; i < runs[g].Count; i++)
            {
                var part = runs[g][i];
                string? key = groupKey is null ? null : SheetFundLabels.KeyOfPart(groupKey, part);
                columns.Add(new Column($"{groups[g]}/{part}", key, g, i == 0));
            }
        }
        return new FundsGrid(columns);
    }

    /// <summary>The leaf headings cut into runs, each starting at a 合计/小计.</summary>
    private static List<List<string>> SplitAtGroupTotals(IReadOnlyList<string> leaf)
    {
        var runs = new List<List<string>>();
        foreach (var token in leaf)
        {
            var clean = TextNormalizer.RemoveSpaces(token);
            if (runs.Count == 0 || clean is "合计" or "小计") runs.Add([]);
            runs[^1].Add(token);
        }
        return runs;
    }

    /// <summary>The sums the columns obey: each group's total = its parts; a standalone total = the group totals.</summary>
    public IReadOnlyList<(int Parent, int[] Children)> Relations()
    {
        var relations = new List<(int, int[])>();
        var groupTotals = new List<int>();
        foreach (var g in Columns.Where(c => c.Group >= 0).Select(c => c.Group).Distinct())
        {
            int total = IndexWhere(c => c.Group == g && c.IsGroupTotal);
            var parts = Enumerable.Range(0, Columns.Count).Where(i => Columns[i].Group == g && !Columns[i].IsGroupTotal).ToArray();
            if (total >= 0 && parts.Length > 0) relations.Add((total, parts));
            if (total >= 0) groupTotals.Add(total);
        }
        int grand = IndexWhere(c => c.Group < 0 && SheetFundLabels.IsTotalKey(c.Key));
        if (grand >= 0 && groupTotals.Count > 1) relations.Add((grand, groupTotals.ToArray()));
        return relations;
    }

    private int IndexWhere(Func<Column, bool> predicate)
    {
        for (int i = 0; i < Columns.Count; i++) if (predicate(Columns[i])) return i;
        return -1;
    }
}
