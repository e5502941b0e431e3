using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// An ordinal heading of narrative text: 第N部分 (level 1), 一、 (level 2), (一)/（一） (level 3), recognised by its
/// ordinal and its shape (a short title without sentence punctuation), never by its words.
/// </summary>
public sealed partial record NarrativeHeading(int Level, string Ordinal, string Title)
{
    public const int MaxTitleLength = 40;

    private const string SentencePunctuation = "。，；;！？!?,";

    [GeneratedRegex(@"^(?<ord>第[一二三四五六七八九十百零〇\d]+部分)\s*(?<title>.*)$")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(?<ord>[一二三四五六七八九十百]+\s*[、.．])\s*(?<title>.*)$")]
    private static partial Regex ChapterPattern();

    [GeneratedRegex(@"^(?<ord>[(（]\s*[一二三四五六七八九十百]+\s*[)）])\s*(?<title>.*)$")]
    private static partial Regex ItemPattern();

    /// <summary>The ordinal prefix and the rest of a line, whatever its shape (used by toc entries too).</summary>
    public static NarrativeHeading? SplitOrdinal(string line)
    {
        var t = TextNormalizer.Normalize(line).Trim();
        foreach (var (pattern, level) in Patterns)
        {
            var m = pattern.Match(t);
            if (m.Success) return new NarrativeHeading(level, m.Groups["ord"].Value, m.Groups["title"].Value.Trim());
        }
        return null;
    }

    /// <summary>A heading line: an ordinal, then a short title with no sentence punctuation. Null for body text.</summary>
    public static NarrativeHeading? Parse(string line)
    {
        var split = SplitOrdinal(line);
        if (split is null || !IsTitleShaped(split.Title)) return null;
        var raw = line.Trim();
        return split with { Title = raw };
    }

    /// <summary>A short text without sentence punctuation; the thousands separator of an amount (人员经费 4,704.35 万元) is no punctuation.</summary>
    public static bool IsTitleShaped(string title) =>
        title.Length is > 0 and <= MaxTitleLength && ThousandsSeparator().Replace(title, "").IndexOfAny(SentencePunctuation.ToCharArray()) < 0;

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    private static readonly (Regex Pattern, int Level)[] Patterns = [(PartPattern(), 1), (ChapterPattern(), 2), (ItemPattern(), 3)];
}
