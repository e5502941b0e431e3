namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>
/// The column of each printed number of each row (<c>Columns[row][i]</c> is the column index of the row's i-th number),
/// and the rows the evidence left undecided (placed by header order).
/// </summary>
public sealed record PlacementResult(IReadOnlyList<int[]> Columns, IReadOnlySet<int> Ambiguous)
{
    /// <summary>The row's values keyed by column, every column present, blank cells null.</summary>
    public Dictionary<string, decimal?> ValuesOf(PlacementProblem problem, int row)
    {
        var values = problem.Columns.ToDictionary(c => c, _ => (decimal?)null);
        var numbers = problem.Rows[row].Numbers;
        for (int i = 0; i < numbers.Count; i++) values[problem.Columns[Columns[row][i]]] = numbers[i];
        return values;
    }
}
