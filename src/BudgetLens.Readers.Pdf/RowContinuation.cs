using System.Text.RegularExpressions;

namespace BudgetLens.Readers.Pdf;

/// <summary>
/// A table row a word processor broke over a page break: the rest of its cells' text stands as the first row of the
/// next page's table. That first row is a continuation when it holds text only (no amount, no code, no ordinal
/// starting a new item) and every one of its cells stands under a text cell of the previous page's last row whose
/// last line runs up to the cell's right edge (cut by the wrap, not ended); its text is then appended to those cells
/// and the row dropped.
/// </summary>
internal static partial class RowContinuation
{
    [GeneratedRegex(@"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")]
    private static partial Regex Amount();

    // a new item starts with a code, an ordinal (一、 （一） 1. (1)) or a number
    [GeneratedRegex(@"^(?:\d|[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|其中)")]
    private static partial Regex ItemStart();

    public static void Join(List<PageLines> pages)
    {
        for (int i = 1; i < pages.Count; i++)
        {
            if (pages[i].Number != pages[i - 1].Number + 1) continue;
            var prev = pages[i - 1].Lines.LastOrDefault(l => !l.Furniture);
            var first = pages[i].Lines.FirstOrDefault(l => !l.Furniture);
            if (prev?.Cells is null || first?.Cells is null) continue;
            var targets = Targets(prev.Cells, first.Cells);
            if (targets is null) continue;
            foreach (var (from, to) in targets)
            {
                var a = prev.Cells[to];
                prev.Cells[to] = a with { Text = Append(a.Text, first.Cells[from].Text, a.SpaceAtEnd), SpaceAtEnd = first.Cells[from].SpaceAtEnd };
            }
            prev.Text = string.Join('\t', prev.Cells.Select(c => c.Text));
            pages[i].Lines.Remove(first);
        }
    }

    /// <summary>For each non-blank cell of the continuation, the cell of the previous row it continues; null when the row is no continuation.</summary>
    internal static List<(int From, int To)>? Targets(List<RowCell> prev, List<RowCell> next)
    {
        var result = new List<(int, int)>();
        var used = new HashSet<int>();
        for (int c = 0; c < next.Count; c++)
        {
            var cell = next[c];
            if (cell.Text.Length == 0) continue;
            var text = cell.Text.Trim();
            if (Amount().IsMatch(text) || ItemStart().IsMatch(text)) return null;
            double center = (cell.InkX0 + cell.InkX1) / 2;
            int to = prev.FindIndex(p => p.SlotX0 <= center && center <= p.SlotX1);
            if (to < 0 || !used.Add(to)) return null;
            var above = prev[to].Text.Trim();
            if (above.Length == 0 || Amount().IsMatch(above) || !FilledToTheEdge(prev[to])) return null;
            result.Add((c, to));
        }
        return result.Count > 0 ? result : null;
    }

    /// <summary>True when the cell's last line runs up to its right edge: the text was cut there, not ended.</summary>
    internal static bool FilledToTheEdge(RowCell cell) =>
        !double.IsNaN(cell.LastLineX1) && cell.CharWidth > 0 && cell.SlotX1 - cell.LastLineX1 <= 0.5 * cell.CharWidth;

    private static string Append(string head, string tail, bool spaceAtWrap)
    {
        head = head.TrimEnd();
        tail = tail.TrimStart();
        bool space = head.Length > 0 && tail.Length > 0 && (spaceAtWrap || IsLatin(head[^1]) && IsLatin(tail[0]));
        return space ? head + " " + tail : head + tail;
    }

    private static bool IsLatin(char ch) => ch < 0x2E80 && char.IsLetterOrDigit(ch);
}
