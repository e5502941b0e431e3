namespace BudgetLens.Readers.Pdf;

/// <summary>
/// A table drawn with ruling lines: the distinct x of its vertical lines and y of its horizontal lines make slots;
/// slots not separated by a drawn line belong to one (merged) cell. A cell is anchored at its top-left slot.
/// </summary>
internal sealed class RulingGrid
{
    private const double Snap = 2.0;

    private RulingGrid(double[] xs, double[] ys, int[,] cellOf)
    {
        Xs = xs;
        Ys = ys;
        CellOf = cellOf;
    }

    /// <summary>Column edges, left to right.</summary>
    public double[] Xs { get; }
    /// <summary>Row edges, top to bottom (descending y).</summary>
    public double[] Ys { get; }
    /// <summary>For each slot [row, column], the index of its anchor slot (row * columns + column).</summary>
    public int[,] CellOf { get; }
    public int Rows => Ys.Length - 1;
    public int Columns => Xs.Length - 1;
    public double Left => Xs[0];
    public double Right => Xs[^1];
    public double Top => Ys[0];
    public double Bottom => Ys[^1];

    public bool Contains(double x, double y) => x >= Left && x <= Right && y <= Top && y >= Bottom;

    /// <summary>The slot of a point inside the grid.</summary>
    public (int Row, int Column) SlotOf(double x, double y)
    {
        int c = 0;
        while (c < Columns - 1 && x > Xs[c + 1]) c++;
        int r = 0;
        while (r < Rows - 1 && y < Ys[r + 1]) r++;
        return (r, c);
    }

    /// <summary>The grids a page's rulings form: groups of crossing lines with at least two columns and one row.</summary>
    public static List<RulingGrid> Find(List<Ruling> rulings)
    {
        var groups = Group(rulings);
        var grids = new List<RulingGrid>();
        foreach (var group in groups)
        {
            var xs = Distinct(group.Where(r => !r.Horizontal).Select(r => r.At)).ToArray();
            var ys = Distinct(group.Where(r => r.Horizontal).Select(r => r.At)).Reverse().ToArray();
            if (xs.Length < 3 || ys.Length < 2) continue;
            grids.Add(Build(xs, ys, group));
        }
        return grids;
    }

    private static RulingGrid Build(double[] xs, double[] ys, List<Ruling> rulings)
    {
        int rows = ys.Length - 1, cols = xs.Length - 1;
        var parent = new int[rows * cols];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        var verticals = rulings.Where(r => !r.Horizontal).ToList();
        var horizontals = rulings.Where(r => r.Horizontal).ToList();
        for (int r = 0; r < rows; r++)
        {
            double midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++)
            {
                double midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !verticals.Any(v => Math.Abs(v.At - xs[c + 1]) <= Snap && v.From - Snap <= midY && v.To + Snap >= midY))
                    Union(r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !horizontals.Any(h => Math.Abs(h.At - ys[r + 1]) <= Snap && h.From - Snap <= midX && h.To + Snap >= midX))
                    Union(r * cols + c, (r + 1) * cols + c);
            }
        }
        // the anchor of a cell is its smallest slot index (top row first, then leftmost column)
        var anchor = new Dictionary<int, int>();
        for (int i = 0; i < parent.Length; i++)
        {
            int root = Find(i);
            if (!anchor.ContainsKey(root)) anchor[root] = i;
        }
        var cellOf = new int[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                cellOf[r, c] = anchor[Find(r * cols + c)];
        return new RulingGrid(xs, ys, cellOf);

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }
    }

    /// <summary>Groups rulings that cross or touch (union-find), each group a candidate table.</summary>
    private static List<List<Ruling>> Group(List<Ruling> rulings)
    {
        int n = rulings.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (Touch(rulings[i], rulings[j])) Union(i, j);
        return Enumerable.Range(0, n).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList()).ToList();

        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }

        void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a != b) parent[a] = b;
        }
    }

    private static bool Touch(Ruling a, Ruling b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.At - b.At) <= Snap && a.From <= b.To + Snap && b.From <= a.To + Snap;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.At >= h.From - Snap && v.At <= h.To + Snap && h.At >= v.From - Snap && h.At <= v.To + Snap;
    }

    /// <summary>Sorted positions with those closer than the snap distance merged.</summary>
    private static IEnumerable<double> Distinct(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var result = new List<double>();
        foreach (var v in sorted)
        {
            if (result.Count > 0 && v - result[^1] <= Snap) continue;
            result.Add(v);
        }
        return result;
    }
}
