using UglyToad.PdfPig.Content;

namespace BudgetLens.Readers.Pdf;

/// <summary>
/// One printed character: its text, ink box and baseline in PDF points (y grows upwards), its size, and where its advance
/// starts and ends on the baseline (gaps between characters are measured by advances, ink boxes are narrower).
/// <see cref="SpaceBefore"/> says whether the producer printed a space glyph just before it: null where the page prints
/// no space glyphs at all (spaces are then known only from gaps). <see cref="SpaceAfter"/> says whether a space glyph was
/// printed just after it on its line (the one that tells, at the end of a wrapped line, that the wrap point is a space).
/// </summary>
internal readonly record struct Glyph(string Text, double X0, double Y0, double X1, double Y1, double Baseline, double Size, double AdvanceX0, double AdvanceX1, bool? SpaceBefore = null, bool SpaceAfter = false)
{
    public double CenterX => (X0 + X1) / 2;
    public double CenterY => (Y0 + Y1) / 2;

    public static Glyph From(Letter letter)
    {
        var box = letter.BoundingBox;
        double size = letter.PointSize > 0.5 ? letter.PointSize : Math.Max(box.Height, 1);
        double x0 = Math.Min(box.Left, box.Right), x1 = Math.Max(box.Left, box.Right);
        double y0 = Math.Min(box.Bottom, box.Top), y1 = Math.Max(box.Bottom, box.Top);
        if (x1 - x0 < 0.01) x1 = x0 + size * 0.5; // some fonts report an empty glyph box
        if (y1 - y0 < 0.01) { y0 = letter.StartBaseLine.Y; y1 = y0 + size * 0.8; }
        double a0 = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X), a1 = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
        if (a1 - a0 < 0.01) (a0, a1) = (x0, x1);
        return new Glyph(letter.Value, x0, y0, x1, y1, letter.StartBaseLine.Y, size, a0, a1);
    }
}

/// <summary>Glyphs sharing a baseline, left to right.</summary>
internal sealed class GlyphLine
{
    public List<Glyph> Glyphs { get; } = [];
    public double Baseline { get; set; }
    public double Size { get; set; }
    public double X0 => Glyphs.Min(g => g.X0);
    public double X1 => Glyphs.Max(g => g.X1);
    public double Y0 => Glyphs.Min(g => g.Y0);
    public double Y1 => Glyphs.Max(g => g.Y1);
    /// <summary>True when the producer printed a space glyph after the line's last character (a line wrapped at a space).</summary>
    public bool EndsWithSpace => Glyphs.Count > 0 && Glyphs[^1].SpaceAfter;

    /// <summary>Groups glyphs into lines by baseline (tolerant of per-character words and small baseline jitter), top to bottom.</summary>
    public static List<GlyphLine> Build(IEnumerable<Glyph> glyphs)
    {
        var lines = new List<GlyphLine>();
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X0))
        {
            GlyphLine? target = null;
            for (int i = lines.Count - 1; i >= 0 && i >= lines.Count - 3; i--)
            {
                var line = lines[i];
                if (Math.Abs(line.Baseline - g.Baseline) <= 0.35 * Math.Max(line.Size, g.Size)) { target = line; break; }
            }
            if (target is null)
            {
                target = new GlyphLine { Baseline = g.Baseline, Size = g.Size };
                lines.Add(target);
            }
            target.Glyphs.Add(g);
            if (g.Size > target.Size) target.Size = g.Size;
        }
        foreach (var line in lines) line.Glyphs.Sort((a, b) => a.X0.CompareTo(b.X0));
        return lines;
    }

    /// <summary>
    /// True between a Chinese character and a Latin letter or digit (either way round), where typesetters add about a fifth
    /// of an em (autospace) that is no space: a gap there is a space only when it reaches half an em (CONVENTIONS.md "PDF text").
    /// </summary>
    private static bool Autospaced(System.Text.StringBuilder sb, Glyph next) =>
        sb.Length > 0 && next.Text.Length > 0 && (IsCjk(sb[^1]) && char.IsAsciiLetterOrDigit(next.Text[0]) || char.IsAsciiLetterOrDigit(sb[^1]) && IsCjk(next.Text[0]));

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>The text of a line outside tables (wide gaps as runs of spaces), with the space printed after its last character kept.</summary>
    public string TextAsPrinted() => EndsWithSpace ? Text(wideGaps: true) + " " : Text(wideGaps: true);

    /// <summary>
    /// The line's text; a gap becomes a space, a wide gap (a column apart) four spaces. Where the page prints its spaces
    /// as glyphs, a narrower gap without one is typesetting (the extra space Word and LibreOffice put between Chinese and
    /// Latin or digits, kerning), not a space: then only a printed space or a gap of half an em or more is one.
    /// </summary>
    public string Text(bool wideGaps)
    {
        var sb = new System.Text.StringBuilder();
        double lastX1 = double.NaN;
        foreach (var g in Glyphs)
        {
            if (!double.IsNaN(lastX1))
            {
                double gap = g.AdvanceX0 - lastX1;
                double size = Math.Max(g.Size, 1);
                if (wideGaps && gap > 1.5 * size) sb.Append("    ");
                else if (g.SpaceBefore is bool printed ? printed || gap > 0.5 * size : gap > (Autospaced(sb, g) ? 0.5 : 0.2) * size) sb.Append(' ');
            }
            sb.Append(g.Text);
            lastX1 = g.AdvanceX1;
        }
        return sb.ToString();
    }
}
