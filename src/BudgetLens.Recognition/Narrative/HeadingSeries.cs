using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Narrative;

/// <summary>A heading found in narrative text: its ordinal, level and title, and the line its title ends on (a wrapped heading spans two lines).</summary>
public sealed record HeadingAt(NarrativeHeading Heading, int EndLine);

/// <summary>
/// Decides which ordinal lines are headings. Lines with the same ordinal form under the same parent make a series
/// ((一)…(九)); a series is a list of body paragraphs, not headings, when most of its members are sentences — so a
/// member that merely looks like a title (a definition wrapped before its first comma) stays body text. Where the
/// reader knows a line was wrapped (<see cref="LineWraps"/>), an ordinal line is judged with the lines it wraps onto:
/// a paragraph whose first printed line happens to hold no punctuation is a sentence, and a heading too long for one
/// line is one heading.
/// </summary>
public static class HeadingSeries
{
    /// <summary>The most lines a heading is wrapped over.</summary>
    private const int MaxHeadingLines = 3;

    public static Dictionary<int, HeadingAt> Find(ExtractionContext context, IEnumerable<int> lines, LineWraps? wraps = null)
    {
        var series = new List<List<(int Line, NarrativeHeading Split, bool Shaped, int End, string Text)>>();
        var open = new Dictionary<int, List<(int, NarrativeHeading, bool, int, string)>>();
        foreach (var n in lines)
        {
            var (text, end) = Joined(context, n, wraps);
            var split = NarrativeHeading.SplitOrdinal(text);
            if (split is null) continue;
            foreach (var level in open.Keys.Where(l => l > split.Level).ToList()) open.Remove(level);
            if (!open.TryGetValue(split.Level, out var current))
            {
                current = [];
                open[split.Level] = current;
                series.Add(current);
            }
            current.Add((n, split, NarrativeHeading.IsTitleShaped(split.Title), end, text));
        }
        var headings = new Dictionary<int, HeadingAt>();
        foreach (var members in series)
        {
            int shaped = members.Count(m => m.Item3);
            if (shaped * 2 <= members.Count) continue;
            foreach (var (n, split, isShaped, end, text) in members)
                if (isShaped) headings[n] = new HeadingAt(split with { Title = text }, end);
        }
        return headings;
    }

    /// <summary>A line with the lines it is wrapped onto (up to a heading's length), trimmed and joined without a separator.</summary>
    private static (string Text, int End) Joined(ExtractionContext context, int n, LineWraps? wraps)
    {
        var text = context.Line(n).Raw.Trim();
        int end = n;
        for (int i = 1; i < MaxHeadingLines && wraps is not null; i++)
        {
            int next = wraps.ContinuationOf(end);
            if (next == 0 && i == 1) next = wraps.DisplayContinuationOf(end);
            if (next == 0 || context.UseOf(next) != LineUse.None) break;
            var more = context.Line(next).Raw.Trim();
            if (NarrativeHeading.SplitOrdinal(more) is not null) break;
            text += more;
            end = next;
            if (text.Length > NarrativeHeading.MaxTitleLength + 8) break;
        }
        return (text, end);
    }
}
