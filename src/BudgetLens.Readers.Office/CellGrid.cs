namespace BudgetLens.Readers.Office;

/// <summary>One cell of a table as read: its text (merged areas hold their text in the top-left cell only), its address if the format has one, and how many columns it spans.</summary>
public sealed record GridCell(string Text, string? Address = null, int ColSpan = 1);

/// <summary>
/// A table as read from a spreadsheet, a DOCX or an HTML page: rows of cells on one grid, merged cells resolved
/// (the text in the merged area's first cell, the cells it covers empty, so every row has its cells under their columns).
/// </summary>
public sealed class CellGrid
{
    public List<List<GridCell>> Rows { get; } = [];

    /// <summary>Places a cell at (row, column), growing the grid as needed.</summary>
    public void Set(int row, int column, GridCell cell)
    {
        while (Rows.Count <= row) Rows.Add([]);
        var r = Rows[row];
        while (r.Count <= column) r.Add(new GridCell(""));
        r[column] = cell;
    }

    public bool IsOccupied(int row, int column, HashSet<(int, int)> covered) => covered.Contains((row, column));
}
