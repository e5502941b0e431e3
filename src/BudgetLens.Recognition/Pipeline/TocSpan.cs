using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Narrative;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// The lines of a printed table of contents (after a 目录 heading, entry-shaped lines up to the body's repeat of the
/// first entry): a contents entry naming a table (五、财政拨款支出预算表) is no table title.
/// </summary>
public static class TocSpan
{
    public static HashSet<int> Lines(ExtractionContext context)
    {
        var lines = new HashSet<int>();
        int heading = 0;
        foreach (var line in context.Lines)
            if (!line.IsBlank && TextNormalizer.RemoveSpaces(line.Normalized) is "目录" or "目次") { heading = line.Number; break; }
        if (heading == 0) return lines;
        string? first = null;
        bool sawPart = false;
        for (int n = heading + 1; n <= context.Lines.Count; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank) continue;
            if (line.Raw.Contains('\t')) break;
            var text = TextNormalizer.RemoveSpaces(line.Normalized);
            if (first is not null && text == first) break;
            if (TocReader.Entry(line.Raw, ref sawPart) is null) break;
            first ??= text;
            lines.Add(n);
        }
        return lines;
    }
}
