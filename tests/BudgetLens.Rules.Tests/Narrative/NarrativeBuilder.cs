using BudgetLens.Model;

namespace BudgetLens.Rules.Tests.Narrative;

/// <summary>Hand-made narrative sections laid out like 003: heading, blank line, paragraph, blank line, …</summary>
internal static class NarrativeBuilder
{
    /// <summary>A section whose heading is at <paramref name="line"/> and whose paragraphs follow on every second line.</summary>
    public static Section Section(string heading, int line, params string[] paragraphs) =>
        new(heading, heading.StartsWith('第') ? 1 : heading.StartsWith('(') || heading.StartsWith('（') ? 3 : 2,
            paragraphs.Length == 0 ? null : string.Join("\n", paragraphs), SourceLocation.Lines(line, line + 2 * paragraphs.Length));

    public static BudgetDocument With(this BudgetDocument document, int? year, params Section[] sections) =>
        document with { Year = year, Sections = sections };
}
