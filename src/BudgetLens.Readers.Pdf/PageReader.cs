using System.Globalization;
using System.Text;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using UglyToad.PdfPig.Content;

namespace BudgetLens.Readers.Pdf;

/// <summary>One reconstructed line of a page: its text (cells TAB-joined for a table row) and its box.</summary>
internal sealed class OutLine(string text, double x0, double y0, double x1, double y1)
{
    public string Text { get; set; } = text;
    /// <summary>For a table row: each cell's text and the x-range of its column slots (merged columns included); null for a text line.</summary>
    public List<RowCell>? Cells { get; init; }
    public double X0 { get; } = x0;
    public double Y0 { get; } = y0;
    public double X1 { get; } = x1;
    public double Y1 { get; } = y1;
    public bool Furniture { get; set; }
    /// <summary>Where the line stands in reading order (higher first): its top, unless moved (a title printed below its table's header row).</summary>
    public double Order { get; set; } = y1;

    public LineOrigin Origin(int page) => new()
    {
        Page = page,
        Box = [Round(X0), Round(Y0), Round(X1), Round(Y1)],
        PageFurniture = Furniture,
    };

    private static decimal Round(double v) => Math.Round((decimal)v, 1);
}

/// <summary>
/// One cell of a table row: its text, the x-range of its column slots, the x-range of its ink, where its last printed
/// line ends, the width of its widest character (NaN when blank), and whether a space was printed after its last character.
/// </summary>
internal sealed record RowCell(string Text, double SlotX0, double SlotX1, double InkX0, double InkX1, double LastLineX1 = double.NaN, double CharWidth = double.NaN, bool SpaceAtEnd = false);

internal sealed record PageLines(int Number, double Height, List<OutLine> Lines);

/// <summary>Reads one page: glyphs, ruling grids, table rows and free text lines, top to bottom.</summary>
internal static class PageReader
{
    /// <summary>
    /// Reads a page. <paramref name="printsSpaces"/> is whether the document is known to print its spaces as glyphs
    /// (set here when this page does), so that a page of tables without a single space is read as its producer prints.
    /// </summary>
    public static PageLines Read(Page page, int number, string fileName, List<Diagnostic> diagnostics, ref bool printsSpaces)
    {
        var glyphs = Glyphs(page, number, fileName, diagnostics, ref printsSpaces);
        var lines = new List<OutLine>();
        if (glyphs.Count > 0)
        {
            var grids = RulingGrid.Find(PdfRulings.Of(page));
            var inGrid = new List<Glyph>[grids.Count];
            for (int i = 0; i < grids.Count; i++) inGrid[i] = [];
            var free = new List<Glyph>();
            foreach (var g in glyphs)
            {
                int at = grids.FindIndex(grid => grid.Contains(g.CenterX, g.CenterY));
                if (at >= 0) inGrid[at].Add(g);
                else free.Add(g);
            }
            for (int i = 0; i < grids.Count; i++)
                if (inGrid[i].Count > 0) lines.AddRange(GridRows(grids[i], inGrid[i]));
            lines.AddRange(Stream.StreamTables.Read(GlyphLine.Build(free)));
            lines.Sort((a, b) => b.Order.CompareTo(a.Order) is var c && c != 0 ? c : a.X0.CompareTo(b.X0));
        }
        return new PageLines(number, page.Height, lines);
    }

    /// <summary>The page's printable glyphs; characters of a font without a usable Unicode mapping are left out with a diagnostic.</summary>
    private static List<Glyph> Glyphs(Page page, int number, string fileName, List<Diagnostic> diagnostics, ref bool printsSpaces)
    {
        var glyphs = new List<Glyph>(page.Letters.Count);
        Dictionary<string, int>? unmapped = null;
        var visible = page.CropBox.GetVisibleBounds(page.Rotation); // letters are in the rotated page space
        // space glyphs: a page that prints them marks each glyph that follows one (content order, same baseline)
        printsSpaces |= page.Letters.Any(l => l.Value.Length > 0 && string.IsNullOrWhiteSpace(l.Value));
        Letter? space = null;
        foreach (var letter in page.Letters)
        {
            if (!IsOnPage(letter, visible)) continue;
            var value = letter.Value;
            if (value.Length == 0 || !IsUsable(value))
            {
                unmapped ??= [];
                var font = letter.FontName ?? "?";
                unmapped[font] = unmapped.GetValueOrDefault(font) + 1;
                continue;
            }
            if (string.IsNullOrWhiteSpace(value))
            {
                space = letter;
                if (glyphs.Count > 0 && Follows(letter, glyphs[^1])) glyphs[^1] = glyphs[^1] with { SpaceAfter = true };
                continue;
            }
            var glyph = Glyph.From(letter);
            if (printsSpaces) glyph = glyph with { SpaceBefore = space is not null && Follows(letter, space) };
            space = null;
            glyphs.Add(glyph);
        }
        if (unmapped is not null)
            foreach (var (font, count) in unmapped)
                diagnostics.Add(PdfDiagnostics.UnmappedFont(fileName, number, font, count));
        return Deduplicate(glyphs);
    }

    /// <summary>
    /// False for a character drawn outside the page's visible area (crop box): a sheet printed page by page may carry
    /// the whole sheet in every page's content, clipped to the page; what lies outside is not printed on that page.
    /// </summary>
    private static bool IsOnPage(Letter letter, UglyToad.PdfPig.Core.PdfRectangle visible)
    {
        var box = letter.BoundingBox;
        double x = (box.Left + box.Right) / 2, y = (box.Bottom + box.Top) / 2;
        double left = Math.Min(visible.Left, visible.Right), right = Math.Max(visible.Left, visible.Right);
        double bottom = Math.Min(visible.Bottom, visible.Top), top = Math.Max(visible.Bottom, visible.Top);
        const double Slack = 1;
        return x >= left - Slack && x <= right + Slack && y >= bottom - Slack && y <= top + Slack;
    }

    /// <summary>True when a letter continues the line of the space printed just before it (same baseline, to its right).</summary>
    private static bool Follows(Letter letter, Letter space)
    {
        double size = Math.Max(Math.Max(letter.PointSize, space.PointSize), 1);
        return Math.Abs(letter.StartBaseLine.Y - space.StartBaseLine.Y) <= 0.35 * size
               && letter.StartBaseLine.X >= space.StartBaseLine.X - 0.1 * size;
    }

    /// <summary>True when a space glyph continues the line of the glyph printed just before it (same baseline, to its right).</summary>
    private static bool Follows(Letter space, Glyph before)
    {
        double size = Math.Max(Math.Max(space.PointSize, before.Size), 1);
        return Math.Abs(space.StartBaseLine.Y - before.Baseline) <= 0.35 * size
               && space.StartBaseLine.X >= before.AdvanceX0 - 0.1 * size;
    }

    /// <summary>False for text no font mapping should produce: U+FFFD, control characters, private-use code points.</summary>
    private static bool IsUsable(string value)
    {
        foreach (var ch in value)
        {
            if (ch == '\uFFFD' || (char.IsControl(ch) && ch is not ('\t' or '\n' or '\r'))) return false;
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.PrivateUse) return false;
        }
        return true;
    }

    /// <summary>Drops the copies of a glyph some producers print twice, slightly offset, to fake bold.</summary>
    private static List<Glyph> Deduplicate(List<Glyph> glyphs)
    {
        if (glyphs.Count < 2) return glyphs;
        var seen = new HashSet<(string, long, long)>();
        var result = new List<Glyph>(glyphs.Count);
        foreach (var g in glyphs)
        {
            var key = (g.Text, (long)Math.Round(g.X0 * 2), (long)Math.Round(g.Baseline * 2));
            if (seen.Add(key)) result.Add(g);
        }
        return result;
    }

    /// <summary>One line per grid row that has text: the cells anchored in that row, TAB-joined over all columns.</summary>
    private static IEnumerable<OutLine> GridRows(RulingGrid grid, List<Glyph> glyphs)
    {
        var byCell = new Dictionary<int, List<Glyph>>();
        foreach (var g in glyphs)
        {
            var (r, c) = grid.SlotOf(g.CenterX, g.CenterY);
            int cell = grid.CellOf[r, c];
            if (!byCell.TryGetValue(cell, out var list)) byCell[cell] = list = [];
            list.Add(g);
        }
        if (grid.Columns < 2)
        {
            foreach (var line in GlyphLine.Build(glyphs))
                yield return new OutLine(line.TextAsPrinted(), line.X0, line.Y0, line.X1, line.Y1);
            yield break;
        }
        int cols = grid.Columns;
        for (int r = 0; r < grid.Rows; r++)
        {
            var cells = new string[cols];
            var rowCells = new List<RowCell>(cols);
            double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
            bool any = false;
            for (int c = 0; c < cols; c++)
            {
                cells[c] = "";
                int span = c + 1;
                while (span < cols && grid.CellOf[r, span] == grid.CellOf[r, c] && grid.CellOf[r, c] == r * cols + c) span++;
                double inkX0 = double.NaN, inkX1 = double.NaN, lastX1 = double.NaN, charWidth = double.NaN;
                bool spaceAtEnd = false;
                if (byCell.TryGetValue(r * cols + c, out var list))
                {
                    cells[c] = CellText(list);
                    if (cells[c].Length > 0)
                    {
                        any = true;
                        inkX0 = list.Min(g => g.X0);
                        inkX1 = list.Max(g => g.X1);
                        var last = GlyphLine.Build(list)[^1];
                        lastX1 = last.X1;
                        spaceAtEnd = last.EndsWithSpace;
                        charWidth = list.Max(g => g.AdvanceX1 - g.AdvanceX0);
                        foreach (var g in list)
                        {
                            x0 = Math.Min(x0, g.X0); y0 = Math.Min(y0, g.Y0);
                            x1 = Math.Max(x1, g.X1); y1 = Math.Max(y1, g.Y1);
                        }
                    }
                }
                rowCells.Add(new RowCell(cells[c], grid.Xs[c], grid.Xs[span], inkX0, inkX1, lastX1, charWidth, spaceAtEnd));
            }
            if (!any) continue;
            yield return new OutLine(string.Join('\t', cells), x0, y0, x1, y1) { Cells = rowCells };
        }
    }

    /// <summary>
    /// A cell's text: its lines joined (no space between CJK parts; one between Latin words, and one where the producer
    /// printed a space at the end of the line it wrapped), tabs never inside.
    /// </summary>
    internal static string CellText(List<Glyph> glyphs)
    {
        var sb = new StringBuilder();
        bool spaceAtWrap = false;
        foreach (var line in GlyphLine.Build(glyphs))
        {
            var t = line.Text(wideGaps: false).Trim();
            if (t.Length == 0) continue;
            if (sb.Length > 0 && (spaceAtWrap || IsLatin(sb[^1]) && IsLatin(t[0]))) sb.Append(' ');
            sb.Append(t);
            spaceAtWrap = line.EndsWithSpace;
        }
        return sb.ToString().Replace('\t', ' ');
    }

    private static bool IsLatin(char ch) => ch < 0x2E80 && char.IsLetter(ch);
}
