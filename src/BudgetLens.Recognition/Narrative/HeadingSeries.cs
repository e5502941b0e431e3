using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// Decides which ordinal lines are headings. Lines with the same ordinal form under the same parent make a series
/// ((一)…(九)); a series is a list of body paragraphs, not headings, when most of its members are sentences — so a
/// member that merely looks like a title (a definition wrapped before its first comma) stays body text.
/// </summary>
public static class HeadingSeries
{
    public static Dictionary<int, NarrativeHeading> Find(ExtractionContext context, IEnumerable<int> lines)
    {
        var series = new List<List<(int Line, NarrativeHeading Split, bool Shaped)>>();
        var open = new Dictionary<int, List<(int, NarrativeHeading, bool)>>();
        foreach (var n in lines)
        {
            var line = context.Line(n);
            var split = NarrativeHeading.SplitOrdinal(line.Raw);
            if (split is null) continue;
            foreach (var level in open.Keys.Where(l => l > split.Level).ToList()) open.Remove(level);
            if (!open.TryGetValue(split.Level, out var current))
            {
                current = [];
                open[split.Level] = current;
                series.Add(current);
            }
            current.Add((n, split, NarrativeHeading.IsTitleShaped(split.Title)));
        }
        var headings = new Dictionary<int, NarrativeHeading>();
        foreach (var members in series)
        {
            int shaped = members.Count(m => m.Item3);
            if (shaped * 2 <= members.Count) continue;
            foreach (var (n, split, isShaped) in members)
                if (isShaped) headings[n] = split with { Title = context.Line(n).Raw.Trim() };
        }
        return headings;
    }
}
