using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace BudgetLens.Readers.Pdf;

/// <summary>An axis-aligned ruling line of a page: horizontal (Y fixed, from X0 to X1) or vertical (X fixed, from Y0 to Y1).</summary>
internal readonly record struct Ruling(bool Horizontal, double At, double From, double To);

/// <summary>The ruling lines a page draws: stroked line segments and rectangle edges, and the thin filled rectangles Office printers draw instead.</summary>
internal static class PdfRulings
{
    private const double Thin = 2.5;
    private const double MinLength = 3;

    public static List<Ruling> Of(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var sub in path)
            {
                var box = sub.GetBoundingRectangle();
                if (box is not PdfRectangle b) continue;
                if (b.Height <= Thin && b.Width >= MinLength) { rulings.Add(new Ruling(true, (b.Bottom + b.Top) / 2, b.Left, b.Right)); continue; }
                if (b.Width <= Thin && b.Height >= MinLength) { rulings.Add(new Ruling(false, (b.Left + b.Right) / 2, b.Bottom, b.Top)); continue; }
                if (!path.IsStroked) continue; // a filled area (shading) is no ruling
                AddSegments(sub, rulings);
            }
        }
        return rulings;
    }

    private static void AddSegments(PdfSubpath sub, List<Ruling> rulings)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move: start = current = move.Location; break;
                case PdfSubpath.Line line: Add(line.From, line.To); current = line.To; break;
                case PdfSubpath.Close when start is PdfPoint s && current is PdfPoint c: Add(c, s); current = s; break;
            }
        }

        void Add(PdfPoint a, PdfPoint b)
        {
            if (Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) >= MinLength)
                rulings.Add(new Ruling(true, a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
            else if (Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) >= MinLength)
                rulings.Add(new Ruling(false, a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }
}
