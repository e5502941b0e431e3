using BudgetLens.Model;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// One row of a sheet as explicit cells, whatever the source format (a Markdown pipe row, an Excel row, an HTML
/// or DOCX table row), with where it stands in the source.
/// </summary>
public sealed record GridRow(SourceLocation Location, IReadOnlyList<string> Cells)
{
    public static GridRow AtLine(int line, params string[] cells) => new(SourceLocation.AtLine(line), cells);

    public int Count => Cells.Count;

    /// <summary>The cell at a column, trimmed; "" beyond the row's end or before its start.</summary>
    public string this[int column] => column >= 0 && column < Cells.Count ? Cells[column].Trim() : "";

    public bool IsBlank(int column) => this[column].Length == 0;

    public bool IsEmpty => Cells.All(c => string.IsNullOrWhiteSpace(c));
}
