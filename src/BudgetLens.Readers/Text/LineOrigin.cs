namespace BudgetLens.Readers.Text;

/// <summary>
/// Where a reconstructed line came from in a non-text format: the PDF page and the box of its words, or the Excel
/// sheet and the cell of each tab-separated cell (A7, B7 …). Text files have none.
/// </summary>
public sealed record LineOrigin
{
    public int? Page { get; init; }
    /// <summary>[x0, y0, x1, y1] in PDF points.</summary>
    public IReadOnlyList<decimal>? Box { get; init; }
    public string? Sheet { get; init; }
    /// <summary>The address of each cell of the line, in the order of its tab-separated cells.</summary>
    public IReadOnlyList<string?>? Cells { get; init; }
    /// <summary>A running page header or footer the reader found repeated across pages: layout, not content.</summary>
    public bool PageFurniture { get; init; }
}
