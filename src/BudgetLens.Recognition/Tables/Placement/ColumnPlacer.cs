namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>
/// Places each printed number of each row in a column when empty cells were lost, by the evidence order of
/// domain.md: (1) the table's arithmetic — each row's identities (total = basic + project …), parent = Σ children per
/// column, hard cell expectations; (2) soft expectations from the document's other tables; (3) the header's order
/// (the leftmost columns first) as the last resort, with the rows still undecided reported as ambiguous.
/// </summary>
public static class ColumnPlacer
{
    private const int MaxSolutions = 256;
    private const long MaxSteps = 2_000_000;

    public static PlacementResult Place(PlacementProblem problem)
    {
        var search = new Search(problem);
        search.Run();
        return search.Result();
    }

    /// <summary>Every way to give <paramref name="count"/> numbers increasing columns among <paramref name="columns"/>, leftmost first.</summary>
    public static IEnumerable<int[]> OrderedPlacements(int count, int columns)
    {
        if (count > columns) yield break;
        var pick = Enumerable.Range(0, count).ToArray();
        while (true)
        {
            yield return (int[])pick.Clone();
            int i = count - 1;
            while (i >= 0 && pick[i] == columns - count + i) i--;
            if (i < 0) yield break;
            pick[i]++;
            for (int j = i + 1; j < count; j++) pick[j] = pick[j - 1] + 1;
        }
    }

    private sealed class Search
    {
        private readonly PlacementProblem _p;
        private readonly int _m;
        private readonly List<int[]>[] _candidates;
        private readonly List<decimal[]>[] _cells;
        /// <summary>
        /// <see cref="_cells"/> in units of the tolerance (cell × 1/tolerance, exact integers), so that the sum groups are
        /// checked in integer arithmetic with the same results; null when a cell does not scale exactly (then decimals are used).
        /// </summary>
        private readonly List<Group>[] _groupsOf;
        private readonly List<Expected>[] _hard;
        private readonly List<Expected>[] _soft;
        private readonly Identity[] _identities;
        private readonly int[] _choice;
        private readonly bool[] _assigned;
        private readonly bool _nonNegative;
        private readonly List<int[]> _solutions = [];
        private long _steps;

        /// <summary>A sum group with its rows as an array and the slack an incomplete group is allowed.</summary>
        private sealed record Group(int Parent, int[] Children, decimal IncompleteSlack);

        /// <summary>An identity by column index, with its rounding tolerance.</summary>
        private sealed record Identity(int Total, int[] Parts, decimal Tolerance);

        /// <summary>A cell expectation by column index (-1: the column is not printed, so it always holds).</summary>
        private readonly record struct Expected(int Column, decimal Value);

        public Search(PlacementProblem p)
        {
            _p = p;
            _m = p.Columns.Count;
            int n = p.Rows.Count;
            _candidates = new List<int[]>[n];
            _cells = new List<decimal[]>[n];
            _groupsOf = Enumerable.Range(0, n).Select(_ => new List<Group>()).ToArray();
            _hard = Enumerable.Range(0, n).Select(_ => new List<Expected>()).ToArray();
            _soft = Enumerable.Range(0, n).Select(_ => new List<Expected>()).ToArray();
            _identities = p.Identities
                .Select(i => new Identity(Col(i.Total), i.Parts.Select(Col).ToArray(), p.Tolerance * Math.Max(1, i.Parts.Count)))
                .ToArray();
            _choice = new int[n];
            _assigned = new bool[n];
            _nonNegative = p.Rows.All(r => r.Numbers.All(x => x >= 0));
            foreach (var g in p.Groups)
            {
                var group = new Group(g.Parent, g.Children.ToArray(), p.Tolerance * Math.Max(1, g.Children.Count));
                foreach (var r in g.Children.Append(g.Parent).Distinct())
                    _groupsOf[r].Add(group);
            }
            foreach (var e in p.Expectations) (e.Hard ? _hard : _soft)[e.Row].Add(new Expected(Col(e.Key), e.Value));
            for (int r = 0; r < n; r++) BuildCandidates(r);
        }

        private void BuildCandidates(int r)
        {
            var numbers = _p.Rows[r].Numbers;
            if (_p.Rows[r].FixedColumns is { } fixedColumns)
            {
                _candidates[r] = [fixedColumns.ToArray()];
                _cells[r] = [Cells(r, _candidates[r][0])];
                return;
            }
            // The placements whose cells satisfy the row's identities (all of them when none does), narrowed to those
            // meeting the hard expectations when any does. A first pass over the placements in a scratch row notes
            // which hold what; only the chosen ones are then materialised, in the same (leftmost first) order.
            int count = Math.Min(numbers.Count, _m);
            var pick = new int[count];
            var scratch = new decimal[_m];
            var holds = new List<byte>();
            bool anyValid = false, anyValidHard = false, anyHard = false;
            for (bool more = First(pick, _m); more; more = Next(pick, _m))
            {
                Array.Clear(scratch);
                for (int i = 0; i < count; i++) scratch[pick[i]] = numbers[i];
                bool valid = IdentitiesHold(scratch), hard = HardHold(r, scratch);
                anyValid |= valid;
                anyHard |= hard;
                anyValidHard |= valid && hard;
                holds.Add((byte)((valid ? 1 : 0) | (hard ? 2 : 0)));
            }
            bool needValid = anyValid, needHard = anyValid ? anyValidHard : anyHard;
            var candidates = new List<int[]>();
            var cells = new List<decimal[]>();
            int k = 0;
            for (bool more = First(pick, _m); more; more = Next(pick, _m), k++)
            {
                if (needValid && (holds[k] & 1) == 0) continue;
                if (needHard && (holds[k] & 2) == 0) continue;
                var placement = (int[])pick.Clone();
                candidates.Add(placement);
                cells.Add(Cells(r, placement));
            }
            _candidates[r] = candidates;
            _cells[r] = cells;
        }

        private bool HardHold(int r, decimal[] cells)
        {
            foreach (var e in _hard[r]) if (!Holds(cells, e)) return false;
            return true;
        }

        /// <summary>Sets <paramref name="pick"/> to the first placement of <see cref="OrderedPlacements"/>; false when there is none.</summary>
        private static bool First(int[] pick, int columns)
        {
            for (int i = 0; i < pick.Length; i++) pick[i] = i;
            return pick.Length <= columns;
        }

        /// <summary>Advances <paramref name="pick"/> to the next placement of <see cref="OrderedPlacements"/>; false after the last.</summary>
        private static bool Next(int[] pick, int columns)
        {
            int count = pick.Length;
            int i = count - 1;
            while (i >= 0 && pick[i] == columns - count + i) i--;
            if (i < 0) return false;
            pick[i]++;
            for (int j = i + 1; j < count; j++) pick[j] = pick[j - 1] + 1;
            return true;
        }

        private decimal[] Cells(int r, int[] placement)
        {
            var cells = new decimal[_m];
            var numbers = _p.Rows[r].Numbers;
            for (int i = 0; i < placement.Length; i++) cells[placement[i]] = numbers[i];
            return cells;
        }

        private int Col(string key) => IndexOf(_p.Columns, key);

        private static int IndexOf(IReadOnlyList<string> list, string key)
        {
            for (int i = 0; i < list.Count; i++) if (list[i] == key) return i;
            return -1;
        }

        private bool IdentitiesHold(decimal[] cells)
        {
            foreach (var identity in _identities)
            {
                decimal sum = 0;
                foreach (var part in identity.Parts) sum += cells[part];
                if (Math.Abs(cells[identity.Total] - sum) > identity.Tolerance) return false;
            }
            return true;
        }

        private bool Holds(decimal[] cells, Expected e) => e.Column < 0 || Math.Abs(cells[e.Column] - e.Value) <= _p.Tolerance;

        public void Run() => Assign(0);

        private void Assign(int r)
        {
            if (_solutions.Count >= MaxSolutions || _steps > MaxSteps) return;
            if (r == _candidates.Length)
            {
                _solutions.Add((int[])_choice.Clone());
                return;
            }
            for (int k = 0; k < _candidates[r].Count; k++)
            {
                _steps++;
                _choice[r] = k;
                _assigned[r] = true;
                if (GroupsHold(r)) Assign(r + 1);
                _assigned[r] = false;
                if (_solutions.Count >= MaxSolutions || _steps > MaxSteps) return;
            }
        }

        private decimal[] RowCells(int r) => _cells[r][_choice[r]];

        private bool GroupsHold(int r)
        {
            Span<decimal> sums = _m <= 64 ? stackalloc decimal[_m] : new decimal[_m];
            Span<int> printed = _m <= 64 ? stackalloc int[_m] : new int[_m];
            foreach (var g in _groupsOf[r])
            {
                if (!_assigned[g.Parent]) continue;
                bool complete = AllAssigned(g.Children);
                if (!complete && !_nonNegative) continue;
                sums.Clear();
                printed.Clear();
                foreach (var ch in g.Children)
                {
                    if (!_assigned[ch]) continue;
                    var cells = RowCells(ch);
                    for (int c = 0; c < _m; c++)
                    {
                        sums[c] += cells[c];
                        if (cells[c] != 0) printed[c]++;
                    }
                }
                var parent = RowCells(g.Parent);
                for (int c = 0; c < _m; c++)
                {
                    // rounding: half a unit of the last digit per printed item summed (a blank cell carries none)
                    if (complete ? Math.Abs(parent[c] - sums[c]) > _p.Tolerance * Math.Max(1, printed[c])
                                 : sums[c] > parent[c] + g.IncompleteSlack) return false;
                }
            }
            return true;
        }

        private bool AllAssigned(int[] rows)
        {
            foreach (var row in rows) if (!_assigned[row]) return false;
            return true;
        }

        private int Score(int[] solution)
        {
            int score = 0;
            for (int r = 0; r < _soft.Length; r++)
                foreach (var e in _soft[r])
                    if (Holds(_cells[r][solution[r]], e)) score++;
            return score;
        }

        private int RowScore(int r, int k) => _soft[r].Count(e => Holds(_cells[r][k], e));

        public PlacementResult Result()
        {
            int n = _candidates.Length;
            var ambiguous = new HashSet<int>();
            int[] best;
            if (_solutions.Count > 0)
            {
                var scored = _solutions.Select(s => (s, score: Score(s))).ToList();
                int top = scored.Max(x => x.score);
                var tops = scored.Where(x => x.score == top).Select(x => x.s).ToList();
                best = tops[0];
                // when the search stopped early, the solutions seen prove nothing about the rows not varied yet
                bool exhaustive = _solutions.Count < MaxSolutions && _steps <= MaxSteps;
                for (int r = 0; r < n; r++)
                    if (tops.Any(s => s[r] != best[r]) || (!exhaustive && _candidates[r].Count > 1)) ambiguous.Add(r);
            }
            else
            {
                best = new int[n];
                for (int r = 0; r < n; r++)
                {
                    int top = -1;
                    for (int k = 0; k < _candidates[r].Count; k++)
                    {
                        int s = RowScore(r, k);
                        if (s > top) { top = s; best[r] = k; }
                    }
                    if (_candidates[r].Count > 1) ambiguous.Add(r);
                }
            }
            var columns = Enumerable.Range(0, n).Select(r => _candidates[r].Count > 0 ? _candidates[r][best[r]] : []).ToList();
            return new PlacementResult(columns, ambiguous);
        }
    }
}
