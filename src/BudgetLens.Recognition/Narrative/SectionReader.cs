using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// Reads narrative text into sections: one per ordinal heading, its body the non-blank lines up to the next
/// heading (a heading wrapped over two lines is one heading), trimmed and joined by <see cref="Common.ParagraphJoiner"/> (layout breaks removed, paragraph breaks kept as "\n").
/// </summary>
public static class SectionReader
{
    /// <summary>Reads the lines of [from, to] no other reader took; lines before the first heading are returned unread.</summary>
    public static IReadOnlyList<int> Read(ExtractionContext context, int from, int to, List<Section> sections)
    {
        var before = new List<int>();
        NarrativeHeading? heading = null;
        int headingLine = 0, lastLine = 0;
        var body = new List<string>();
        var bodyLines = new List<int>();
        var wraps = new LineWraps(context);
        var headings = HeadingSeries.Find(context, Enumerable.Range(from, Math.Max(0, to - from + 1))
            .Where(n => !context.Line(n).IsBlank && context.UseOf(n) == LineUse.None), wraps);
        for (int n = from; n <= to; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank || context.UseOf(n) != LineUse.None) continue;
            if (headings.TryGetValue(n, out var next))
            {
                Close();
                heading = next.Heading;
                headingLine = n;
                lastLine = Math.Min(next.EndLine, to);
                context.Consume(n, lastLine);
                n = lastLine;
                continue;
            }
            if (heading is null)
            {
                before.Add(n);
                continue;
            }
            body.Add(line.Raw.Trim());
            bodyLines.Add(n);
            lastLine = n;
            context.Consume(n);
        }
        Close();
        return before;

        void Close()
        {
            if (heading is null) return;
            var (text, paragraphs) = Common.ParagraphJoiner.JoinWithSpans(body, Breaks());
            sections.Add(new Section(heading.Title, heading.Level, body.Count == 0 ? null : text, SourceLocation.Lines(headingLine, lastLine))
            {
                ParagraphLocations = body.Count == 0 ? null : [.. paragraphs.Select(p => SourceLocation.Lines(bodyLines[p.First], bodyLines[p.Last]))],
            });
            body.Clear();
            bodyLines.Clear();
            heading = null;
        }

        // what the page tells of the break after each body line: wrapped by the layout (LineWraps), and whether a space
        // stood there (printed at the end of a PDF line, or dropped by justification at a wrap: WrapSpacing); text input
        // tells nothing
        List<Common.LineBreak> Breaks()
        {
            var breaks = new List<Common.LineBreak>(body.Count);
            for (int i = 0; i < body.Count; i++)
            {
                var raw = context.Line(bodyLines[i]).Raw;
                bool pdf = context.Line(bodyLines[i]).Origin?.Page is not null;
                bool last = i + 1 == body.Count;
                bool printedSpace = pdf && !last && raw.Length > raw.TrimEnd().Length;
                bool wrapped = !last && wraps.ContinuationOf(bodyLines[i]) == bodyLines[i + 1];
                bool space = pdf && !last && body[i].Length > 0 && body[i + 1].Length > 0
                    && (printedSpace || wrapped && WrapSpacing.SpaceDropped(body, body[i][^1], body[i + 1][0]));
                breaks.Add(new Common.LineBreak(wrapped, space));
            }
            return breaks;
        }
    }
}
