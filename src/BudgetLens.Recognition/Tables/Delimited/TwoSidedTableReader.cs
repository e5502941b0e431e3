using BudgetLens.Model;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// Reads a two-sided summary of explicit cells (收支总表, 财政拨款收支总表): income columns on the left, expenditure
/// columns on the right, each printed line giving an income row and then an expenditure row where that half is printed.
/// </summary>
public static class TwoSidedTableReader
{
    private sealed record SideColumns(string Side, int NameColumn, List<(int Column, string Key)> Values);

    private sealed class Pending(TableRow row, int depth)
    {
        public TableRow Row { get; set; } = row;
        public int Depth { get; } = depth;
    }

    private static readonly string[] UseNames = ["基本支出", "项目支出", "单位预留机动经费"];

    public static List<TableRow> Read(string kind, CellTableParts parts)
    {
        var header = HeaderColumns.From(parts.Header, parts.Width);
        int split = ExpenditureStart(header);
        var income = Columns(kind, header, 0, split, RowSides.Income);
        int useStart = UseStart(kind, header, split);
        var expenditure = Columns(kind, header, split, useStart, RowSides.Expenditure);
        var incomeRows = ReadSide(parts.Data, income);
        var expenditureRows = ReadSide(parts.Data, expenditure, useStart < header.Count ? Columns(kind, header, useStart, header.Count, RowSides.ExpenditureUse) : null);
        if (useStart < header.Count)
            expenditureRows.AddRange(ReadSide(parts.Data, Columns(kind, header, useStart, header.Count, RowSides.ExpenditureUse)));
        return incomeRows.Concat(expenditureRows)
            .OrderBy(r => r.Location.Line)
            .ThenBy(r => r.Side == RowSides.Income ? 0 : 1)
            .ToList();
    }

    /// <summary>The first column under a 支出 header, else the second label column.</summary>
    private static int ExpenditureStart(HeaderColumns header)
    {
        for (int c = 1; c < header.Count; c++)
        {
            var above = header.Parents[c] + "/" + header.Leaves[c];
            if (above.Contains("支出") && !above.Contains("收入") && header.Leaves[c].Length > 0) return c;
        }
        int labels = 0;
        for (int c = 0; c < header.Count; c++)
            if (ColumnMeaning.Of(TableKinds.Other, header.Leaves[c], "").Role == ColumnRole.Name && ++labels == 2) return c;
        return header.Count / 2;
    }

    /// <summary>
    /// Where a separate expenditure-by-purpose column starts (支出用途 beside 功能分类): the second label column of the
    /// expenditure side; the end of the header when the side has one label column.
    /// </summary>
    private static int UseStart(string kind, HeaderColumns header, int split)
    {
        int labels = 0;
        for (int c = split; c < header.Count; c++)
        {
            var meaning = ColumnMeaning.Of(kind, header.Leaves[c], header.Parents[c], true);
            if (meaning.Role is ColumnRole.Name && ++labels == 2) return c;
        }
        return header.Count;
    }

    private static SideColumns Columns(string kind, HeaderColumns header, int from, int to, string side)
    {
        int name = -1;
        var values = new List<(int, string)>();
        for (int c = from; c < to; c++)
        {
            var meaning = ColumnMeaning.Of(kind, header.Leaves[c], header.Parents[c], side == RowSides.Expenditure);
            if (meaning.Role is ColumnRole.Name or ColumnRole.Code && name < 0) name = c;
            else if (meaning.Role == ColumnRole.Value) values.Add((c, meaning.Key!));
        }
        return new SideColumns(side, name < 0 ? from : name, values);
    }

    /// <summary>
    /// Reads one side. With a purpose column beside (<paramref name="use"/>), a row whose label cell is merged across
    /// the purpose column (当年支出小计, 支出合计: nothing printed there) takes the amount printed at the row's end.
    /// </summary>
    private static List<TableRow> ReadSide(IReadOnlyList<CellRow> data, SideColumns columns, SideColumns? use = null)
    {
        var pending = new List<Pending>();
        bool underChapter = false;
        foreach (var row in data)
        {
            var name = RowLabel.Clean(row[columns.NameColumn]);
            var values = RowValues.Read(row, columns.Values);
            if (use is not null && row[use.NameColumn].Length == 0 && values.Values.All(v => v is null) && name.Length > 0)
            {
                var spanned = RowValues.Read(row, use.Values);
                if (spanned.Values.Any(v => v is not null))
                    values = columns.Values.Select(v => v.Key).Distinct().ToDictionary(k => k, k => spanned.GetValueOrDefault(k));
            }
            if (name.Length == 0 && (values.Values.All(v => v is null) || columns.Side == RowSides.ExpenditureUse)) continue;
            int level, depth;
            string role = RowRoles.Item;
            if (RowLabel.IsTotal(name))
            {
                (level, depth, role) = (0, 0, RowRoles.Total);
                underChapter = false;
            }
            else
            {
                depth = RowLabel.OrdinalDepth(name);
                if (depth == 1) underChapter = true;
                if (depth == 0 && RowLabel.IsSubtotal(name) && !name.StartsWith("其中", StringComparison.Ordinal)) underChapter = false; // 当年收入小计 closes the list above
                if (depth == 0) depth = underChapter ? 2 : 1;
                // an expenditure-by-function row of a summary without code is level 1 (CONVENTIONS)
                level = columns.Side == RowSides.Expenditure && RowLabel.OrdinalDepth(name) == 0 ? 1 : depth;
                if (RowLabel.IsSubtotal(name)) role = RowRoles.Subtotal;
            }
            var side = columns.Side == RowSides.ExpenditureUse ? RowSides.ExpenditureUse
                : columns.Side == RowSides.Expenditure && UseNames.Contains(RowLabel.WithoutOrdinal(name)) ? RowSides.ExpenditureUse : columns.Side;
            pending.Add(new Pending(new TableRow
            {
                Side = side,
                Name = name.Length == 0 ? null : name,
                Level = level,
                Role = role,
                Values = values,
                Location = SourceLocation.AtLine(row.Line),
            }, depth));
        }
        // a group row whose next row on its side is one of its parts sums them: a subtotal
        for (int i = 0; i + 1 < pending.Count; i++)
        {
            var (row, next) = (pending[i], pending[i + 1]);
            if (row.Row.Role == RowRoles.Item && next.Row.Role == RowRoles.Item && next.Depth > row.Depth)
                row.Row = row.Row with { Role = RowRoles.Subtotal };
        }
        return pending.Select(p => p.Row).ToList();
    }
}
