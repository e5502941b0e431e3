using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// Turns the lines of an overview (after its column header) into elements, so that hard wrapping does not matter:
/// a numbered indicator runs from its <c>N、N-</c> line until it is complete (its 年度指标值 read and closed by <c>。</c>,
/// a blank line, an indented line or the next element); a line with amounts closes the name lines above it; other
/// lines are goal text. Repeated column headers are marked as layout.
/// </summary>
public static class OverviewStream
{
    public static List<OverviewElement> Read(ExtractionContext context, int from, int to, int amountColumns)
    {
        var elements = new List<OverviewElement>();
        var pending = new List<TextElement>();
        int i = from;
        while (i <= to)
        {
            var line = context.Line(i);
            if (Skip(context, line)) { i++; continue; }
            if (NumberedIndicator.StartsAt(line.Raw))
            {
                Flush(pending, elements);
                elements.Add(ReadIndicator(context, ref i, to, amountColumns));
                continue;
            }
            if (OverviewLine.TryRead(line.Raw, amountColumns) is { } overview)
            {
                int split = pending.FindLastIndex(t => t.Text.EndsWith('。'));
                var goal = pending.Take(split + 1).ToList();
                var nameLines = pending.Skip(split + 1).ToList();
                Flush(goal, elements);
                pending.Clear();
                var name = string.Concat(nameLines.Select(t => t.Text)) + overview.NamePart;
                elements.Add(new AmountsElement([.. nameLines.Select(t => t.Line), i], name, overview));
                i++;
                continue;
            }
            pending.Add(new TextElement(i, line.Raw.Trim()));
            i++;
        }
        Flush(pending, elements);
        return elements;
    }

    /// <summary>Blank lines, lines already marked as layout, and repeated column headers (marked here).</summary>
    private static bool Skip(ExtractionContext context, SourceLine line)
    {
        if (line.IsBlank || context.UseOf(line.Number) == LineUse.Layout) return true;
        if (!OverviewHeader.IsHeader(line.Raw)) return false;
        context.Layout(line.Number);
        return true;
    }

    private static void Flush(List<TextElement> pending, List<OverviewElement> elements)
    {
        elements.AddRange(pending);
        pending.Clear();
    }

    private static IndicatorElement ReadIndicator(ExtractionContext context, ref int i, int to, int amountColumns)
    {
        var lines = new List<int> { i };
        var joined = context.Line(i).Raw.Trim();
        i++;
        while (true)
        {
            bool gap = false;
            int j = i;
            while (j <= to && Skip(context, context.Line(j))) { gap = true; j++; }
            if (j > to) break;
            var next = context.Line(j).Raw;
            if (NumberedIndicator.StartsAt(next)) break;
            if (NumberedIndicator.HasFinalField(joined)
                && (NumberedIndicator.IsTerminated(joined) || gap || IsIndented(next) || OverviewLine.TryRead(next, amountColumns) is not null))
                break;
            joined += next.Trim();
            lines.Add(j);
            i = j + 1;
        }
        return new IndicatorElement(lines, joined);
    }

    /// <summary>Project names of this layout are printed indented; wrapped indicator pieces are not.</summary>
    private static bool IsIndented(string raw) => raw.Length > 1 && char.IsWhiteSpace(raw[0]) && char.IsWhiteSpace(raw[1]);
}
