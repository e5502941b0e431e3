using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Narrative;

/// <summary>The shared steps of the NAR rules: whether a document has a narrative, and narrative numbers as compared figures.</summary>
public static class NarrativeFindings
{
    public const string NoNarrative = "no narrative sections with text";

    public static bool HasNarrative(BudgetDocument document) => document.Sections.Any(s => !string.IsNullOrWhiteSpace(s.Text));

    /// <summary>A narrative number as a compared figure: the statement's name, the section heading as its "table".</summary>
    public static Figure Figure(NarrativeStatement statement, StatedNumber number, string suffix = "") =>
        new(number.Value, (NarrativeConcepts.Clean(statement.Name) is { Length: > 0 } n ? n : "(无名称)") + suffix, null, number.Location, "叙述·" + statement.Section.Heading);

    /// <summary>
    /// The whole against the sum of a breakdown's items for one number of each (amount, change); null when the breakdown
    /// is uncertain, has fewer than two items, an item lacks the number, or the units differ.
    /// </summary>
    public static Finding? SumOf(IRule rule, NarrativeBreakdown breakdown, Func<NarrativeStatement, StatedNumber?> number, string whatZh, string whatEn, string wholeSuffix = "")
    {
        if (breakdown.Uncertain || breakdown.Items.Count < 2 || number(breakdown.Owner) is not StatedNumber whole) return null;
        var parts = breakdown.Items.Select(number).ToList();
        if (parts.Any(p => p is null) || parts.Any(p => p!.Unit != whole.Unit)) return null;
        var figures = breakdown.Items.Select((s, i) => Figure(s, parts[i]!)).ToList();
        var terms = string.Join(" + ", parts.Select(p => Amounts.Show(p!.Value))).Replace("+ -", "− ", StringComparison.Ordinal);
        return SumFindings.Compare(rule, Figure(breakdown.Owner, whole, wholeSuffix), figures, $"{whatZh}（{breakdown.Label}）Σ {terms} =", $"{whatEn} ({breakdown.Label}) sum {terms} =");
    }

    public static IEnumerable<NarrativeBreakdown> Breakdowns(IEnumerable<NarrativeStatement> statements) =>
        NarrativeReader.Flatten(statements).SelectMany(s => s.Breakdowns);
}
