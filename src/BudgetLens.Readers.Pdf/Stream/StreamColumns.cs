namespace BudgetLens.Readers.Pdf.Stream;

/// <summary>
/// The columns of a table printed without ruling lines, found from the x-extents of its words: the body rows'
/// segments, narrowest first, build column intervals (x ranges that stay occupied row after row, separated by
/// gaps no body segment crosses); a segment bridging two intervals (a centred 合计, a long label) is not allowed to
/// merge them. Header segments over no interval add a column (one that is empty in the body). Each column then
/// owns a region reaching to its neighbours by its alignment: amount columns (right-aligned) reach left to the
/// previous column's right edge, text columns (left-aligned) reach right to the next column's left edge.
/// </summary>
internal sealed class StreamColumns
{
    private const double Align = 1.5;

    private StreamColumns(double[] starts, double[] ends, double[] bounds)
    {
        Starts = starts;
        Ends = ends;
        Bounds = bounds;
    }

    /// <summary>The occupied x-interval of each column, left to right.</summary>
    public double[] Starts { get; }
    public double[] Ends { get; }
    /// <summary>Column regions: column i owns [Bounds[i], Bounds[i+1]); the outer bounds are infinite.</summary>
    public double[] Bounds { get; }
    public int Count => Starts.Length;

    /// <summary>The column whose region holds x.</summary>
    public int ColumnAt(double x)
    {
        int c = 0;
        while (c < Count - 1 && x >= Bounds[c + 1]) c++;
        return c;
    }

    /// <summary>How much of [x0, x1] lies in each column's region.</summary>
    public double Overlap(int column, double x0, double x1) =>
        Math.Max(0, Math.Min(x1, Bounds[column + 1]) - Math.Max(x0, Bounds[column]));

    /// <summary>
    /// The columns a header segment covers: one when it sits in a column, several when it is centred over a group of
    /// columns (each covered by at least a quarter of the segment, or the segment covering most of the column's interval).
    /// </summary>
    public (int First, int Last) Span(double x0, double x1)
    {
        double width = Math.Max(x1 - x0, 0.01);
        int first = -1, last = -1;
        for (int c = 0; c < Count; c++)
        {
            double o = Overlap(c, x0, x1);
            double inInterval = Math.Max(0, Math.Min(x1, Ends[c]) - Math.Max(x0, Starts[c]));
            bool covers = o >= 0.25 * width || (Ends[c] - Starts[c] > 0 && inInterval >= 0.5 * (Ends[c] - Starts[c]) && o > 0);
            if (!covers) continue;
            if (first < 0) first = c;
            last = c;
        }
        if (first < 0) first = last = ColumnAt((x0 + x1) / 2);
        return (first, last);
    }

    /// <summary>Columns from the body's segments and the header's.</summary>
    public static StreamColumns Find(IReadOnlyList<Segment> bodySegments, IReadOnlyList<Segment> header)
    {
        var intervals = new List<Interval>();
        foreach (var s in bodySegments.OrderBy(s => s.Width))
        {
            var hits = intervals.Where(i => i.X0 <= s.X1 && s.X0 <= i.X1).OrderBy(i => i.X0).ToList();
            if (hits.Count > 1)
            {
                // a segment over two intervals joins them only when it lines up with them (a long left-aligned label
                // reaching a short centred one); otherwise it spans columns (a centred 合计) and never merges them
                if (Math.Abs(s.X0 - hits[0].X0) > Align && Math.Abs(s.X1 - hits[^1].X1) > Align) continue;
                for (int k = 1; k < hits.Count; k++) { hits[0].Absorb(hits[k]); intervals.Remove(hits[k]); }
                hits[0].Add(s);
            }
            else if (hits.Count == 1) hits[0].Add(s);
            else intervals.Add(new Interval(s));
        }
        intervals.Sort((a, b) => a.X0.CompareTo(b.X0));
        // header leaf labels: each body column owns the label over it (or, over an amount column, the one to its left
        // within its reach); a label no body column owns heads a column that is empty in the body
        var body = intervals.ToList();
        var claims = body.ToDictionary(i => i, _ => new List<(Segment Label, bool Over)>());
        var extra = new List<Segment>();
        var leaves = Leaves(header).ToList();
        var loose = new List<Segment>();
        foreach (var s in leaves)
        {
            var over = body.Where(i => i.X0 <= s.X1 && s.X0 <= i.X1).ToList();
            if (over.Count > 1) continue; // a group label over several columns
            if (over.Count == 1) claims[over[0]].Add((s, true));
            else loose.Add(s);
        }
        foreach (var s in loose)
        {
            var reach = Reaching(body, s.Center).OrderBy(i => claims[i].Count > 0).ThenBy(i => Distance(i, s)).FirstOrDefault();
            if (reach is null) extra.Add(s);
            else claims[reach].Add((s, false));
        }
        // each column keeps its lowest label (a group label printed above it is a parent, not a column);
        // another label on the same line is a column of its own, empty in the body
        foreach (var (interval, list) in claims)
        {
            if (list.Count < 2) continue;
            var winner = list.OrderBy(c => c.Label.Glyphs[0].Baseline).ThenBy(c => !c.Over).ThenBy(c => Distance(interval, c.Label)).First();
            foreach (var c in list)
                if (c.Label != winner.Label && Math.Abs(c.Label.Glyphs[0].Baseline - winner.Label.Glyphs[0].Baseline) < 0.5 * c.Label.Glyphs[0].Size)
                    extra.Add(c.Label);
        }
        foreach (var s in extra) intervals.Add(new Interval(s) { HeaderOnly = true });
        intervals.Sort((a, b) => a.X0.CompareTo(b.X0));
        var bounds = new double[intervals.Count + 1];
        bounds[0] = double.NegativeInfinity;
        bounds[^1] = double.PositiveInfinity;
        for (int i = 1; i < intervals.Count; i++)
        {
            Interval left = intervals[i - 1], right = intervals[i];
            bounds[i] = right.RightAligned && !right.HeaderOnly ? left.X1 + 0.5
                : left.LeftAligned && !left.HeaderOnly ? right.X0 - 0.5
                : (left.X1 + right.X0) / 2;
        }
        return new StreamColumns([.. intervals.Select(i => i.X0)], [.. intervals.Select(i => i.X1)], bounds);
    }

    /// <summary>The lowest labels of the header: segments with no other header segment below them in the same x-range.</summary>
    private static IEnumerable<Segment> Leaves(IReadOnlyList<Segment> header) =>
        header.Where(s => !header.Any(o => o != s && o.Glyphs[0].Baseline < s.Glyphs[0].Baseline - 0.5 && o.X0 < s.X1 && s.X0 < o.X1));

    private static double Distance(Interval i, Segment s) => Math.Max(0, Math.Max(i.X0 - s.X1, s.X0 - i.X1));

    /// <summary>The body columns whose alignment reaches x: a right-aligned (amount) column reaches left to its
    /// neighbour's right edge, a left-aligned one right to its neighbour's left edge.</summary>
    private static IEnumerable<Interval> Reaching(List<Interval> body, double x)
    {
        for (int k = 0; k < body.Count; k++)
        {
            var i = body[k];
            double from = i.RightAligned ? (k > 0 ? body[k - 1].X1 : double.NegativeInfinity) : i.X0;
            double to = i.LeftAligned ? (k + 1 < body.Count ? body[k + 1].X0 : double.PositiveInfinity) : i.X1;
            if (x >= from && x <= to) yield return i;
        }
    }

    private sealed class Interval
    {
        private readonly List<Segment> _segments = [];

        public Interval(Segment s) => Add(s);

        public double X0 { get; private set; } = double.MaxValue;
        public double X1 { get; private set; } = double.MinValue;
        public bool HeaderOnly { get; init; }

        public void Absorb(Interval other)
        {
            foreach (var s in other._segments) Add(s);
        }

        public void Add(Segment s)
        {
            _segments.Add(s);
            X0 = Math.Min(X0, s.X0);
            X1 = Math.Max(X1, s.X1);
        }

        private double LeftSpread => _segments.Max(s => s.X0) - _segments.Min(s => s.X0);
        private double RightSpread => _segments.Max(s => s.X1) - _segments.Min(s => s.X1);

        /// <summary>Amounts, or right edges that line up while left edges do not.</summary>
        public bool RightAligned => _segments.Count(s => s.IsAmount) * 2 > _segments.Count || (RightSpread < 1.5 && LeftSpread >= 1.5);
        public bool LeftAligned => !RightAligned && LeftSpread < 1.5;
    }
}
