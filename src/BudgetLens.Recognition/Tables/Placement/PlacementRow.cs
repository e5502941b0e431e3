namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>The printed numbers of one row, in printed order, whose columns are to be decided.</summary>
public sealed record PlacementRow(IReadOnlyList<decimal> Numbers, int Line, string Text);

/// <summary>Parent = Σ children, column by column (a blank cell is 0). Indices are rows of the problem.</summary>
public sealed record SumGroup(int Parent, IReadOnlyList<int> Children);

/// <summary>
/// What a cell is expected to hold (a blank cell holds 0). Hard expectations come from the table's own arithmetic
/// (the income side of a summary fixes the totals of its expenditure columns); soft ones from other tables.
/// </summary>
public sealed record CellExpectation(int Row, string Key, decimal Value, bool Hard);
