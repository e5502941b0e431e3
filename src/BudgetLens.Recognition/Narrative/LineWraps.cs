using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// Tells, from the boxes a PDF reader gives its lines, where a printed line was wrapped: it runs to the right edge of
/// the page's text, or so near it that the word the next line starts with (a number or Latin word, which a line does
/// not break) would not have fitted, and the next line of text starts at the left edge (not indented as a new
/// paragraph or heading is). Text input has no boxes, and no line of it is known to be wrapped.
/// </summary>
public sealed class LineWraps
{
    private readonly ExtractionContext _context;
    private readonly Dictionary<int, (double Left, double Right)> _edges = [];

    public LineWraps(ExtractionContext context)
    {
        _context = context;
        foreach (var page in context.Lines.Where(l => IsTextLine(l) && context.UseOf(l.Number) != LineUse.Layout).GroupBy(l => l.Origin!.Page!.Value))
        {
            var boxes = page.Select(l => l.Origin!.Box!).ToList();
            double left = boxes.Min(b => (double)b[0]);
            double right = boxes.Max(b => (double)b[2]);
            // the right edge of the text: the median end of the long lines (a hanging punctuation mark or a short last line moves it not)
            var ends = boxes.Where(b => (double)(b[2] - b[0]) >= 0.6 * (right - left)).Select(b => (double)b[2]).Order().ToList();
            if (ends.Count < 2) continue;
            _edges[page.Key] = (left, ends[ends.Count / 2]);
        }
    }

    /// <summary>The next line of text after <paramref name="line"/> when <paramref name="line"/> is wrapped onto it, else 0.</summary>
    public int ContinuationOf(int line)
    {
        var here = _context.Line(line);
        if (!IsTextLine(here) || !_edges.TryGetValue(here.Origin!.Page!.Value, out var edges)) return 0;
        var box = here.Origin.Box!;
        double size = Math.Max((double)(box[3] - box[1]), 6);
        int next = line + 1;
        while (next <= _context.Lines.Count && (_context.Line(next).IsBlank || _context.UseOf(next) == LineUse.Layout)) next++;
        if (next > _context.Lines.Count) return 0;
        var there = _context.Line(next);
        if (!IsTextLine(there)) return 0;
        // the next line's first word when it is one a line does not break (digits, Latin letters: "14333.97"), at half an em a character at least
        int word = UnbreakableWord(there.Raw.TrimStart());
        double wordWidth = word >= 2 ? 0.5 * size * word : 0;
        if ((double)box[2] + wordWidth < edges.Right - 0.75 * size) return 0;
        int page = there.Origin!.Page!.Value;
        if (page != here.Origin.Page && page != here.Origin.Page + 1) return 0;
        if (!_edges.TryGetValue(page, out var nextEdges)) return 0;
        return (double)there.Origin.Box![0] <= nextEdges.Left + 0.5 * size ? next : 0;
    }

    /// <summary>
    /// The next line after <paramref name="line"/> when both are display lines of one title (a part heading set in
    /// from the text's left edge by more than a paragraph's indent and printed over two lines, the second closer than
    /// a line's height below the first), else 0.
    /// </summary>
    public int DisplayContinuationOf(int line)
    {
        var here = _context.Line(line);
        if (!IsTextLine(here) || line >= _context.Lines.Count || !_edges.TryGetValue(here.Origin!.Page!.Value, out var edges)) return 0;
        var there = _context.Line(line + 1);
        if (!IsTextLine(there) || there.Origin!.Page != here.Origin.Page) return 0;
        var (a, b) = (here.Origin.Box!, there.Origin.Box!);
        double size = Math.Max((double)(a[3] - a[1]), 6);
        double inset = edges.Left + 3 * size;
        if ((double)a[0] <= inset || (double)b[0] <= inset || (double)b[0] < (double)a[0]) return 0;
        double gap = (double)(a[1] - b[3]);
        return gap >= 0 && gap < size ? line + 1 : 0;
    }

    private static int UnbreakableWord(string text)
    {
        int n = 0;
        while (n < text.Length && (char.IsAsciiLetterOrDigit(text[n]) || text[n] is '.' or ',' or '%' or '-')) n++;
        return n;
    }

    private static bool IsTextLine(SourceLine line) =>
        line.Origin is { Page: not null, Box.Count: 4, PageFurniture: false } && !line.IsBlank && !line.Raw.Contains('\t');
}
