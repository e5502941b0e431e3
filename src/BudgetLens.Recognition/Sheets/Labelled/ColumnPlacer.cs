namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// Places a row's numbers in a table whose empty cells the converter dropped: of every way to put the numbers in
/// order into the columns, it keeps those where each parent column equals the sum of its children (blank = 0; a
/// parent whose children are all blank is not broken down), and takes the first in header order.
/// </summary>
public static class ColumnPlacer
{
    private const int MaxColumns = 20;

    /// <summary>The column of each number, whether the arithmetic decided it (else header order), and whether another placement also fits.</summary>
    public sealed record Placement(int[] Columns, bool ByArithmetic, bool Ambiguous);

    public static Placement Place(IReadOnlyList<decimal> numbers, int columnCount, IReadOnlyList<(int Parent, int[] Children)> relations,
        Func<int[], int[], bool>? sameMeaning = null)
    {
        int n = numbers.Count;
        var headerOrder = Enumerable.Range(0, Math.Min(n, columnCount)).ToArray();
        if (n >= columnCount || columnCount > MaxColumns || relations.Count == 0) return new Placement(headerOrder, false, false);
        int[]? first = null;
        bool ambiguous = false;
        foreach (var combination in Combinations(columnCount, n))
        {
            if (!Fits(combination, numbers, columnCount, relations)) continue;
            if (first is null) { first = (int[])combination.Clone(); continue; }
            if (sameMeaning is null || !sameMeaning(first, combination)) { ambiguous = true; break; }
        }
        return first is null ? new Placement(headerOrder, false, false) : new Placement(first, true, ambiguous);
    }

    private static bool Fits(int[] positions, IReadOnlyList<decimal> numbers, int columnCount, IReadOnlyList<(int Parent, int[] Children)> relations)
    {
        var cells = new decimal?[columnCount];
        for (int i = 0; i < positions.Length; i++) cells[positions[i]] = numbers[i];
        foreach (var (parent, children) in relations)
        {
            if (children.All(c => cells[c] is null)) continue;
            decimal sum = children.Sum(c => cells[c] ?? 0m);
            decimal tolerance = 0.005m * children.Length;
            if (Math.Abs((cells[parent] ?? 0m) - sum) > tolerance) return false;
        }
        return true;
    }

    /// <summary>All increasing k-subsets of 0..n-1, in lexicographic order.</summary>
    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var c = Enumerable.Range(0, k).ToArray();
        while (true)
        {
            yield return c;
            int i = k - 1;
            while (i >= 0 && c[i] == n - k + i) i--;
            if (i < 0) yield break;
            c[i]++;
            for (int j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
        }
    }
}
