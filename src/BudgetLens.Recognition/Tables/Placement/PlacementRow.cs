namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>The printed numbers of one row, in printed order, whose columns are to be decided.</summary>
public sealed record PlacementRow(IReadOnlyList<decimal> Numbers, int Line, string Text)
{
    /// <summary>The columns of the numbers when the row's blank cells were printed too (no choice left).</summary>
    public IReadOnlyList<int>? FixedColumns { get; init; }

    /// <summary>A row whose every cell was printed, blanks included: its numbers' columns are their positions.</summary>
    public static PlacementRow FromCells(IReadOnlyList<decimal?> cells, int line, string text) =>
        new(cells.Where(c => c is not null).Select(c => c!.Value).ToList(), line, text)
        {
            FixedColumns = Enumerable.Range(0, cells.Count).Where(i => cells[i] is not null).ToList(),
        };
}

/// <summary>Parent = Σ children, column by column (a blank cell is 0). Indices are rows of the problem.</summary>
public sealed record SumGroup(int Parent, IReadOnlyList<int> Children);

/// <summary>
/// What a cell is expected to hold (a blank cell holds 0). Hard expectations come from the table's own arithmetic
/// (the income side of a summary fixes the totals of its expenditure columns); soft ones from other tables.
/// </summary>
public sealed record CellExpectation(int Row, string Key, decimal Value, bool Hard);
