using System.Text;
using BudgetLens.Model;

namespace BudgetLens.Rules.Narrative;

/// <summary>One printed paragraph of a section (a converter line) and where it stands.</summary>
public sealed record NarrativeParagraph(Section Section, int Index, string Text, SourceLocation Location);

/// <summary>
/// A section's body as one running text (its paragraphs joined without a separator, so that a sentence broken across
/// converter lines — "住房保障支出" / "473.35 万元" — reads whole) with the source location of every character.
/// Paragraph lines are recovered from the section's location: heading line, then one line per paragraph, either
/// directly below each other or with a blank line between; when neither fits, every paragraph cites the section's range.
/// </summary>
public sealed class NarrativeText
{

    private readonly List<(int Start, SourceLocation Location)> _starts = [];

    private NarrativeText(Section section, IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        Section = section;
        Paragraphs = paragraphs;
        var text = new StringBuilder();
        foreach (var p in paragraphs)
        {
            // a paragraph that opens with a list ordinal ("(6)本年度预算安排") starts a new clause even without punctuation before it
            if (text.Length > 0 && NarrativeConcepts.StartsWithOrdinal(p.Text)) text.Append('\n');
            _starts.Add((text.Length, p.Location));
            text.Append(p.Text);
        }
        Text = text.ToString();
    }

    public Section Section { get; }
    public IReadOnlyList<NarrativeParagraph> Paragraphs { get; }
    public string Text { get; }

    /// <summary>The body of a section, or null when it has none.</summary>
    public static NarrativeText? Of(Section section) =>
        string.IsNullOrWhiteSpace(section.Text) ? null : new NarrativeText(section, ParagraphsOf(section));

    public static IReadOnlyList<NarrativeParagraph> ParagraphsOf(Section section)
    {
        if (string.IsNullOrWhiteSpace(section.Text)) return [];
        var texts = section.Text.Split('\n');
        var located = section.ParagraphLocations is { } known && known.Count == texts.Length
            ? i => known[i]
            : LineOf(section.Location, texts.Length);
        return texts.Select((t, i) => new NarrativeParagraph(section, i, t.Trim(), located(i))).ToList();
    }

    /// <summary>Where character <paramref name="offset"/> of <see cref="Text"/> was printed.</summary>
    public SourceLocation LocationAt(int offset)
    {
        var location = _starts[0].Location;
        foreach (var (start, loc) in _starts)
        {
            if (start > offset) break;
            location = loc;
        }
        return location;
    }

    /// <summary>
    /// Without paragraph locations (a document JSON from elsewhere): the location of paragraph i of n under a heading
    /// at <paramref name="section"/>'s first line, where the line count says one line per paragraph.
    /// </summary>
    private static Func<int, SourceLocation> LineOf(SourceLocation section, int n)
    {
        if (section.Line is int first && section.EndLine is int last)
        {
            int span = last - first;
            if (span == 2 * n) return i => section with { Line = first + 2 * (i + 1), EndLine = first + 2 * (i + 1) };
            if (span == n) return i => section with { Line = first + 1 + i, EndLine = first + 1 + i };
        }
        return _ => section;
    }
}
