using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// The rows of an explicit-cell table split into header rows (words only, before the first row with an amount),
/// the column-number row (<c>** ** 1 2 3</c>, layout) and the data rows.
/// </summary>
public sealed record CellTableParts(IReadOnlyList<CellRow> Header, IReadOnlyList<CellRow> NumberRows, IReadOnlyList<CellRow> Data, int Width)
{
    public static CellTableParts Split(IReadOnlyList<CellRow> rows)
    {
        var header = new List<CellRow>();
        var numbers = new List<CellRow>();
        var data = new List<CellRow>();
        bool inData = false;
        foreach (var row in rows)
        {
            if (IsColumnNumberRow(row)) { numbers.Add(row); inData = true; continue; }
            if (!inData && !HasAmount(row)) { header.Add(row); continue; }
            inData = true;
            data.Add(row);
        }
        int width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        if (data.Count == 0 && numbers.Count == 0) return SplitWithoutAmounts(header, width);
        return new CellTableParts(header, numbers, data, width);
    }

    /// <summary>
    /// A table that prints no amount at all (an empty 政府采购预算表 with its 合计 and category rows): its data start at
    /// the first row labelled as a total (合计) whose other cells are blank; without one, every row is header.
    /// </summary>
    private static CellTableParts SplitWithoutAmounts(List<CellRow> rows, int width)
    {
        int start = rows.FindIndex(r =>
        {
            int first = r.Cells.ToList().FindIndex(c => c.Length > 0);
            return first >= 0 && RowLabel.IsTotal(r[first]) && r.LastFilled == first;
        });
        if (start <= 0) return new CellTableParts(rows, [], [], width);
        return new CellTableParts(rows.Take(start).ToList(), [], rows.Skip(start).ToList(), width);
    }

    public static bool HasAmount(CellRow row) => row.Cells.Any(c => c.Length > 0 && AmountParser.TryParse(c, out _));

    /// <summary>A row numbering the columns: only markers (*, **, 栏次) and the integers 1, 2, 3 … in order.</summary>
    public static bool IsColumnNumberRow(CellRow row)
    {
        int expected = -1, integers = 0;
        foreach (var cell in row.Cells)
        {
            if (cell.Length == 0 || cell.Trim('*', '-', '—') .Length == 0 || cell is "栏次" or "行次") continue;
            if (!int.TryParse(cell, out int n)) return false;
            if (expected >= 0 && n != expected) return false;
            expected = n + 1;
            integers++;
        }
        return integers >= 2;
    }
}
