namespace BudgetLens.Readers.Pdf.Stream;

/// <summary>
/// Finds tables printed without ruling lines among a page's free text lines and turns each into TAB-joined rows,
/// like the ruled path: a table is a run of body rows (two or more segments, amounts among them) with the wrapped
/// label lines between them, and the header lines just above (words only, in the body's columns). A title or unit
/// line printed between the header and the body (a table's title below its header row) is emitted before the
/// header. Other lines stay one line of text each (wide gaps as runs of spaces).
/// </summary>
internal static class StreamTables
{
    private const int MaxHeaderLines = 4;
    private const int MaxInterleaved = 3;

    public static List<OutLine> Read(List<GlyphLine> glyphLines)
    {
        var lines = glyphLines.Select(l => new SegmentedLine(l)).ToList();
        var used = new bool[lines.Count];
        var result = new List<OutLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (used[i] || !lines[i].IsDataRow) continue;
            if (TryTable(lines, used, i, result) is int end) i = end;
        }
        for (int i = 0; i < lines.Count; i++)
            if (!used[i])
            {
                var l = lines[i].Line;
                result.Add(new OutLine(l.TextAsPrinted(), l.X0, l.Y0, l.X1, l.Y1));
            }
        return result;
    }

    /// <summary>Reads the table whose first body row is line <paramref name="first"/>; returns its last line, or null when the lines do not form a table.</summary>
    private static int? TryTable(List<SegmentedLine> lines, bool[] used, int first, List<OutLine> result)
    {
        // the body: data rows, and the label lines wrapped between or just after them
        var body = new List<int> { first };
        var dataRows = new List<int> { first };
        double size = lines[first].Size;
        double left = lines[first].Segments[0].X0, right = lines[first].Segments[^1].X1;
        for (int k = first + 1; k < lines.Count && !used[k]; k++)
        {
            var l = lines[k];
            double gap = lines[body[^1]].Baseline - l.Baseline;
            if (l.IsDataRow)
            {
                if (gap > 4 * Math.Max(size, l.Size)) break;
                body.Add(k);
                dataRows.Add(k);
                left = Math.Min(left, l.Segments[0].X0);
                right = Math.Max(right, l.Segments[^1].X1);
                continue;
            }
            // a wrapped label line: close to the rows, inside the table, no colon, not bigger text
            if (gap > 2.5 * Math.Max(size, l.Size) || l.HasColon || l.Size > 1.25 * size) break;
            if (l.Segments[0].X0 < left - size || l.Segments[^1].X1 > right + size) break;
            body.Add(k);
        }
        // a trailing label line belongs to the table only when it is as close as a wrapped line (not a note below)
        while (body[^1] != dataRows[^1])
        {
            int last = body[^1];
            bool between = last < dataRows[^1];
            if (between) break;
            double gap = lines[body[^2]].Baseline - lines[last].Baseline;
            if (gap <= 1.6 * size && lines[last].Segments.Count == 1) break;
            body.RemoveAt(body.Count - 1);
        }

        var bodySegments = dataRows.SelectMany(k => lines[k].Segments).ToList();
        var provisional = StreamColumns.Find(bodySegments, []);
        if (provisional.Count < 2) return null;

        // label lines wrapped above the first row's amounts (a label printed top-aligned over two lines)
        while (first > 0 && !used[first - 1] && IsWrappedAbove(lines[first - 1], lines[first], provisional, bodySegments))
        {
            first--;
            body.Insert(0, first);
        }

        // the header: the words-only lines just above the body; or, when a title or unit line sits between the
        // header and the body (a table's title printed below its header row), the lines above that
        var header = HeaderZone(lines, used, first - 1, size, left, right);
        var interleaved = new List<int>();
        if (!CoversColumns(lines, header, provisional, 0.5))
        {
            header.Clear();
            int k = first - 1;
            while (k >= 0 && !used[k] && interleaved.Count < MaxInterleaved && lines[k].Segments.Count == 1 && !lines[k].IsDataRow
                   && lines[k].Baseline - lines[k + 1].Baseline <= 3 * Math.Max(lines[k].Size, lines[k + 1].Size))
            {
                interleaved.Add(k);
                k--;
                var zone = HeaderZone(lines, used, k, size, left, right);
                if (zone.Count > 0 && CoversColumns(lines, zone, provisional, 0.6)) { header = zone; break; }
            }
            if (header.Count == 0) interleaved.Clear();
        }
        if (dataRows.Count < 2 && header.Count == 0) return null;
        header.Reverse();

        var columns = StreamColumns.Find([.. body.SelectMany(k => lines[k].Segments)], [.. header.SelectMany(k => lines[k].Segments)]);
        double top = double.MinValue;
        foreach (var row in HeaderRows(lines, header, columns)) { result.Add(row); top = Math.Max(top, row.Order); }
        foreach (var row in BodyRows(lines, body, dataRows, columns)) result.Add(row);
        foreach (var k in interleaved)
        {
            var l = lines[k].Line;
            result.Add(new OutLine(l.TextAsPrinted(), l.X0, l.Y0, l.X1, l.Y1) { Order = top + 0.01 * (lines.Count - k) / lines.Count });
            used[k] = true;
        }
        foreach (var k in header) used[k] = true;
        foreach (var k in body) used[k] = true;
        return body[^1];
    }

    /// <summary>A single label line just above a row's amounts, as close as wrapped text, in a text column.</summary>
    private static bool IsWrappedAbove(SegmentedLine l, SegmentedLine row, StreamColumns columns, List<Segment> body)
    {
        if (l.IsDataRow || l.HasColon || l.Segments.Count != 1 || l.Baseline - row.Baseline > 1.2 * Math.Max(l.Size, row.Size)) return false;
        var s = l.Segments[0];
        if (columns.Span(s.X0, s.X1) is var (a, b) && a != b) return false;
        return !body.Any(o => o.IsAmount && o.X0 < s.X1 && s.X0 < o.X1);
    }

    /// <summary>The header candidates walking up from line <paramref name="k"/>: words only, body-sized, within the table's width, close together (bottom-up).</summary>
    private static List<int> HeaderZone(List<SegmentedLine> lines, bool[] used, int k, double size, double left, double right)
    {
        var zone = new List<int>();
        for (; k >= 0 && !used[k] && zone.Count < MaxHeaderLines; k--)
        {
            var l = lines[k];
            double gap = l.Baseline - lines[k + 1].Baseline;
            if (l.IsDataRow || gap > 3 * Math.Max(l.Size, lines[k + 1].Size) || !IsUpperHeaderLine(l, size, left, right)) break;
            zone.Add(k);
        }
        return zone;
    }

    /// <summary>Whether header lines put labels in at least a share of the columns (two at least).</summary>
    private static bool CoversColumns(List<SegmentedLine> lines, List<int> zone, StreamColumns columns, double share)
    {
        var covered = new HashSet<int>();
        foreach (var k in zone)
            foreach (var s in lines[k].Segments)
            {
                var (a, b) = columns.Span(s.X0, s.X1);
                for (int c = a; c <= b; c++) covered.Add(c);
            }
        return covered.Count >= 2 && covered.Count >= share * columns.Count;
    }

    /// <summary>A header line above another (a group label, or the first line of wrapped labels): words within the table's width.</summary>
    private static bool IsUpperHeaderLine(SegmentedLine l, double size, double left, double right)
    {
        if (l.HasColon || l.HasFullStop || l.Size > 1.3 * size || l.Segments.Any(s => s.IsDecimalAmount)) return false;
        double slack = Math.Max(2 * size, 0.25 * (right - left)); // a header may label columns blank in the body
        return l.Segments.Any(s => s.X0 < right && s.X1 > left) && l.Segments[0].X0 >= left - slack && l.Segments[^1].X1 <= right + slack;
    }

    /// <summary>
    /// Header rows: a line with a label over several columns (a group label) is a row of its own, its label in the
    /// first column it covers; consecutive lines without one, as close as wrapped text, are one row (a wrapped label).
    /// </summary>
    private static IEnumerable<OutLine> HeaderRows(List<SegmentedLine> lines, List<int> header, StreamColumns columns)
    {
        var bands = new List<List<int>>();
        bool lastSpanning = false;
        foreach (var k in header)
        {
            bool spanning = lines[k].Segments.Any(s => columns.Span(s.X0, s.X1) is var (a, b) && b > a);
            if (bands.Count > 0 && !spanning && !lastSpanning
                && lines[bands[^1][^1]].Baseline - lines[k].Baseline <= 1.5 * Math.Max(lines[k].Size, 1))
                bands[^1].Add(k);
            else bands.Add([k]);
            lastSpanning = spanning;
        }
        foreach (var band in bands)
        {
            var cells = NewCells(columns.Count);
            foreach (var k in band)
                foreach (var s in lines[k].Segments)
                    cells[columns.Span(s.X0, s.X1).First].AddRange(s.Glyphs);
            yield return Row(cells);
        }
    }

    /// <summary>Body rows: each data row with the wrapped label lines nearest to it; each segment in the column holding its centre.</summary>
    private static IEnumerable<OutLine> BodyRows(List<SegmentedLine> lines, List<int> body, List<int> dataRows, StreamColumns columns)
    {
        var groups = dataRows.ToDictionary(k => k, k => new List<int> { k });
        foreach (var k in body)
        {
            if (groups.ContainsKey(k)) continue;
            int nearest = dataRows.MinBy(d => Math.Abs(lines[d].Baseline - lines[k].Baseline));
            groups[nearest].Add(k);
        }
        foreach (var d in dataRows)
        {
            var cells = NewCells(columns.Count);
            foreach (var k in groups[d])
                foreach (var s in lines[k].Segments)
                    cells[columns.ColumnAt(s.Center)].AddRange(s.Glyphs);
            yield return Row(cells);
        }
    }

    private static List<Glyph>[] NewCells(int n)
    {
        var cells = new List<Glyph>[n];
        for (int i = 0; i < n; i++) cells[i] = [];
        return cells;
    }

    private static OutLine Row(List<Glyph>[] cells)
    {
        var all = cells.SelectMany(c => c).ToList();
        var text = string.Join('\t', cells.Select(c => c.Count == 0 ? "" : PageReader.CellText(c)));
        return new OutLine(text, all.Min(g => g.X0), all.Min(g => g.Y0), all.Max(g => g.X1), all.Max(g => g.Y1));
    }
}
