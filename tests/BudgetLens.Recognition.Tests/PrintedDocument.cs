using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>A printed line of a hand-written PDF-like snippet: its text, page, left and right x.</summary>
internal sealed record PrintedLine(string Text, int Page, decimal X0, decimal X1);

/// <summary>Extracts hand-written printed lines as a PDF reader would give them: one line each, with its page and box.</summary>
internal static class PrintedDocument
{
    /// <summary>Lines stacked down each page from y = 760, <paramref name="spacing"/> points apart, 15 points high.</summary>
    public static BudgetDocument Extract(string file, decimal spacing, IEnumerable<PrintedLine> lines)
    {
        var y = new Dictionary<int, decimal>();
        var source = new List<SourceLine>();
        foreach (var l in lines)
        {
            decimal top = y.GetValueOrDefault(l.Page, 760m);
            y[l.Page] = top - spacing;
            source.Add(new SourceLine(source.Count + 1, l.Text, new LineOrigin { Page = l.Page, Box = [l.X0, top - 15m, l.X1, top] }));
        }
        return DocumentExtractor.Default.Extract(new TextSource(file, "PDF", null, source, [], SourceFormats.Pdf));
    }
}
