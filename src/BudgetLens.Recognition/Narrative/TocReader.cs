using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// Reads a printed table of contents: the lines after a 目录 heading, one entry per line, up to the line where the
/// body starts again with the first entry's heading (or a line that is not entry-shaped).
/// </summary>
public static partial class TocReader
{
    [GeneratedRegex(@"^[-*•·]\s*")]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"(?:[.…·．]{2,}\s*|\s{2,})\d+$")]
    private static partial Regex PageNumberPattern();

    /// <summary>Reads the toc within [from, to]; returns the last line it used (0 when there is no toc).</summary>
    public static int Read(ExtractionContext context, int from, int to, List<TocEntry> toc)
    {
        var (heading, entries) = Scan(context, from, to);
        if (heading == 0) return 0;
        context.Layout(heading);
        foreach (var (n, end, title, level) in Joined(entries))
        {
            toc.Add(new TocEntry(title, level, SourceLocation.Lines(n, end)));
            context.Consume(n, end);
        }
        return entries.Count > 0 ? entries[^1].Line : heading;
    }

    /// <summary>
    /// Entries with a wrapped entry's tail joined back: where every entry but some short ones has an ordinal, a line
    /// without an ordinal right after an ordinal entry is the rest of that entry (…培训费支 / 出预算表).
    /// </summary>
    private static List<(int Line, int End, string Title, int Level)> Joined(List<(int Line, string Title, int Level, bool Ordinal)> entries)
    {
        var result = new List<(int Line, int End, string Title, int Level)>();
        var ordinal = entries.Select(e => e.Ordinal).ToList();
        bool allOthersOrdinal = entries.Where((e, i) => !ordinal[i] && !(i > 0 && ordinal[i - 1] && e.Title.Length <= MaxTailLength)).Any() is false;
        for (int i = 0; i < entries.Count; i++)
        {
            var (n, title, level, _) = entries[i];
            if (allOthersOrdinal && i > 0 && !ordinal[i] && ordinal[i - 1] && title.Length <= MaxTailLength
                && result[^1].End == entries[i - 1].Line && NarrativeHeading.IsTitleShaped(result[^1].Title + title))
            {
                result[^1] = result[^1] with { End = n, Title = result[^1].Title + title };
                continue;
            }
            result.Add((n, n, title, level));
        }
        return result;
    }

    /// <summary>Longest tail of a wrapped contents entry.</summary>
    private const int MaxTailLength = 8;

    /// <summary>The lines of the printed contents (its 目录 heading to its last entry), or null: a table named by a
    /// contents entry is listed there, not printed, so the segmenter cuts no table at these lines.</summary>
    public static (int From, int To)? Extent(ExtractionContext context, int from, int to)
    {
        var (heading, entries) = Scan(context, from, to);
        return heading == 0 ? null : (heading, entries.Count > 0 ? entries[^1].Line : heading);
    }

    /// <summary>The 目录 heading and the entries after it, up to the line where the body starts again with the first
    /// entry's heading or a line that is not entry-shaped; layout lines (page numbers, running heads) are passed over.</summary>
    private static (int Heading, List<(int Line, string Title, int Level, bool Ordinal)> Entries) Scan(ExtractionContext context, int from, int to)
    {
        var entries = new List<(int, string, int, bool)>();
        int heading = FindHeading(context, from, to);
        if (heading == 0) return (0, entries);
        string? first = null;
        bool sawPart = false;
        for (int n = heading + 1; n <= to; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank || context.UseOf(n) == LineUse.Layout) continue;
            var text = TextNormalizer.RemoveSpaces(line.Normalized);
            if (first is not null && text == first) break;
            var entry = Entry(line.Raw, ref sawPart);
            if (entry is null) break;
            first ??= text;
            entries.Add((n, entry.Value.Title, entry.Value.Level, NarrativeHeading.SplitOrdinal(BulletPattern().Replace(line.Raw.Trim(), "")) is not null));
        }
        return (heading, entries);
    }

    private static int FindHeading(ExtractionContext context, int from, int to)
    {
        for (int n = from; n <= to; n++)
        {
            var t = TextNormalizer.RemoveSpaces(context.Line(n).Normalized);
            if (t is "目录" or "目次") return n;
        }
        return 0;
    }

    /// <summary>One toc line: its title (no bullet, ordinal, 《》 or page number) and level.</summary>
    internal static (string Title, int Level)? Entry(string raw, ref bool sawPart)
    {
        var t = BulletPattern().Replace(raw.Trim(), "");
        t = PageNumberPattern().Replace(t, "").Trim();
        var split = NarrativeHeading.SplitOrdinal(t);
        var title = split?.Title ?? t;
        title = title.Replace("《", "").Replace("》", "").Trim();
        if (!NarrativeHeading.IsTitleShaped(title)) return null;
        int level;
        if (split?.Level == 1) { level = 1; sawPart = true; }
        else if (sawPart) level = 2;
        else level = split?.Level == 3 ? 2 : 1;
        // keep the printed characters of the title (full-width forms) where the normalised text matches
        return (RawTitle(raw, title), level);
    }

    private static string RawTitle(string raw, string normalizedTitle)
    {
        var rawClean = raw.Replace("《", "").Replace("》", "");
        var norm = TextNormalizer.Normalize(rawClean);
        int at = norm.LastIndexOf(normalizedTitle, StringComparison.Ordinal);
        return at >= 0 ? rawClean.Substring(at, normalizedTitle.Length) : normalizedTitle;
    }
}
