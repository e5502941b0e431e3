using System.Text.RegularExpressions;

namespace BudgetLens.Readers.Pdf.Stream;

/// <summary>
/// A run of glyphs on one line with no wide gap inside: what a cell prints on that line. Glyphs are cut where the gap
/// between advances exceeds <see cref="GapFactor"/> of the font size, so per-character words, letter spacing and the
/// single space of a code fused with its name (201 一般公共服务支出) stay one segment, and column gaps cut.
/// </summary>
internal sealed partial class Segment
{
    public const double GapFactor = 0.9;

    private Segment(List<Glyph> glyphs)
    {
        Glyphs = glyphs;
        X0 = glyphs.Min(g => g.X0);
        X1 = glyphs.Max(g => g.X1);
        Text = PageReader.CellText(glyphs);
        IsAmount = Amount().IsMatch(Text.Replace(" ", ""));
    }

    public List<Glyph> Glyphs { get; }
    public double X0 { get; }
    public double X1 { get; }
    public double Width => X1 - X0;
    public double Center => (X0 + X1) / 2;
    public string Text { get; }
    /// <summary>An amount as tables print them: 1,234.56, -12.00, 3000000, or a dash for nil.</summary>
    public bool IsAmount { get; }
    /// <summary>An amount with decimals or thousands separators (not a bare integer such as a classification code).</summary>
    public bool IsDecimalAmount => IsAmount && (Text.Contains('.') || Text.Contains(','));

    [GeneratedRegex(@"^(?:[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-—–]{1,2})$")]
    private static partial Regex Amount();

    /// <summary>The segments of a line, left to right.</summary>
    public static List<Segment> Split(GlyphLine line)
    {
        var result = new List<Segment>();
        var current = new List<Glyph>();
        double lastX1 = double.NaN;
        foreach (var g in line.Glyphs)
        {
            if (current.Count > 0 && g.AdvanceX0 - lastX1 > GapFactor * Math.Max(Math.Max(g.Size, current[^1].Size), 1))
            {
                result.Add(new Segment(current));
                current = [];
            }
            current.Add(g);
            lastX1 = double.IsNaN(lastX1) ? g.AdvanceX1 : Math.Max(lastX1, g.AdvanceX1);
        }
        if (current.Count > 0) result.Add(new Segment(current));
        return result;
    }
}

/// <summary>A line of free text with its segments.</summary>
internal sealed class SegmentedLine(GlyphLine line)
{
    public GlyphLine Line { get; } = line;
    public List<Segment> Segments { get; } = Segment.Split(line);
    public double Baseline => Line.Baseline;
    public double Size => Line.Size;

    /// <summary>A table body row: two or more segments, one of them an amount (a bare integer counts only after the first segment).</summary>
    public bool IsDataRow => Segments.Count >= 2 && !IsSentenceEnd && Segments.Select((s, i) => s.IsDecimalAmount || (i > 0 && s.IsAmount)).Any(b => b);

    /// <summary>
    /// A line ending a sentence (。 or ；): prose, however its gaps fall (a justified paragraph line with a number set
    /// apart, `占    100   %；`); a table's cells do not end so.
    /// </summary>
    public bool IsSentenceEnd => Segments.Count > 0 && Segments[^1].Text.TrimEnd() is var t && (t.EndsWith('。') || t.EndsWith('；'));

    /// <summary>A line holding a full stop inside or at its end: a sentence, never a header label.</summary>
    public bool HasFullStop => Segments.Any(s => s.Text.Contains('。'));

    /// <summary>Unit and issuer lines (单位：万元, 编制单位: …) carry a colon; header labels do not.</summary>
    public bool HasColon => Segments.Any(s => s.Text.Contains('：') || s.Text.Contains(':'));
}
