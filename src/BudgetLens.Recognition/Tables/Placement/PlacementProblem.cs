namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>Everything known about where the numbers of a table's rows go.</summary>
public sealed record PlacementProblem(
    IReadOnlyList<string> Columns,
    IReadOnlyList<PlacementRow> Rows,
    IReadOnlyList<SumIdentity> Identities,
    IReadOnlyList<SumGroup> Groups,
    IReadOnlyList<CellExpectation> Expectations)
{
    /// <summary>Half a unit of the last printed decimal: the rounding one summed item may carry.</summary>
    public decimal Tolerance { get; } = HalfUnit(Rows);

    private static decimal HalfUnit(IReadOnlyList<PlacementRow> rows)
    {
        int scale = 0;
        foreach (var r in rows)
            foreach (var n in r.Numbers)
                scale = Math.Max(scale, n.Scale);
        decimal unit = 1m;
        for (int i = 0; i < scale; i++) unit /= 10m;
        return unit / 2m;
    }
}
