namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// One row of explicit cells, whatever their source (tab- or pipe-separated text, an Excel row, an HTML or DOCX
/// table row): the cells' texts, cleaned, and the line the row was printed on.
/// </summary>
public sealed record CellRow(int Line, IReadOnlyList<string> Cells)
{
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : "";

    public bool IsEmpty => Cells.All(c => c.Length == 0);

    /// <summary>Index of the last non-empty cell, or -1.</summary>
    public int LastFilled
    {
        get
        {
            for (int i = Cells.Count - 1; i >= 0; i--) if (Cells[i].Length > 0) return i;
            return -1;
        }
    }
}
