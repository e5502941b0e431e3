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
            if (!inData && !HasAmount(row) && !(header.Count > 0 && IsBlankTotalRow(row))) { header.Add(row); continue; }
            inData = true;
            data.Add(row);
        }
        int width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        return new CellTableParts(header, numbers, data, width);
    }

    /// <summary>
    /// A row whose only printed cell is a total label (合计) under the header: the data of a table that prints no amount
    /// (an empty 政府采购预算表 with its 合计 and category rows), not a header row.
    /// </summary>
    public static bool IsBlankTotalRow(CellRow row)
    {
        var filled = row.Cells.Where(c => c.Length > 0).ToList();
        return filled.Count == 1 && RowLabel.IsTotal(filled[0]);
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
