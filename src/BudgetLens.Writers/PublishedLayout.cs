namespace BudgetLens.Writers;

/// <summary>A cell of a printed table: its text, the amount it shows (written as a number where the format has numbers), and how far it spans.</summary>
public sealed record LayoutCell(string Text, decimal? Number = null, int ColSpan = 1, int RowSpan = 1, bool Header = false);

/// <summary>
/// One printed part of a disclosure: lines printed above a table (title, 单位名称, 单位：万元) and the table's rows on
/// one grid. A row holds a cell or null at each column; null marks a position covered by a span from the left or above.
/// </summary>
public sealed record LayoutPart(string Name, IReadOnlyList<string> Before, IReadOnlyList<IReadOnlyList<LayoutCell?>> Rows)
{
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);
}

/// <summary>A whole disclosure laid out for printing: its parts in order.</summary>
public sealed record PublishedLayout(string Title, IReadOnlyList<LayoutPart> Parts);
