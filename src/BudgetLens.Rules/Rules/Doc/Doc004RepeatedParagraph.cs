using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Doc;

/// <summary>DOC004: the same paragraph or list printed twice in a document.</summary>
public sealed partial class Doc004RepeatedParagraph : IRule
{
    public const int MinimumLength = 20;

    public string Id => "DOC004";
    public string TitleZh => "段落重复";
    public string TitleEn => "Paragraph printed twice";
    public Severity Severity => Severity.Info;
    public string Description =>
        $"No narrative paragraph of {MinimumLength} characters or more (spaces ignored) is printed twice; a run of repeated paragraphs " +
        "(a list printed twice) is one finding. Passes: 本部门没有使用政府性基金预算拨款安排的支出。 beside …国有资本经营预算拨款… (different). " +
        "Fails: the same 项目概述 paragraph printed under two headings.";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public RuleOutcome Check(RuleContext context)
    {
        if (!NarrativeFindings.HasNarrative(context.Document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var paragraphs = context.Document.Sections.SelectMany(NarrativeText.ParagraphsOf).ToList();
        var keys = paragraphs.Select(p => Spaces().Replace(p.Text, "")).ToList();
        var findings = new List<Finding>();
        var reported = new HashSet<int>();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (reported.Contains(i) || keys[i].Length < MinimumLength) continue;
            int j = keys.FindIndex(i + 1, k => k == keys[i]);
            if (j < 0) continue;
            int run = 1;
            while (i + run < j && j + run < keys.Count && keys[i + run] == keys[j + run] && keys[i + run].Length > 0) run++;
            for (int k = 0; k < run; k++) { reported.Add(i + k); reported.Add(j + k); }
            var first = paragraphs[i];
            var second = paragraphs[j];
            string excerpt = keys[i].Length > 30 ? keys[i][..30] + "…" : keys[i];
            string what = run > 1 ? $"{run} 段" : "段落";
            findings.Add(new Finding
            {
                Rule = Id,
                Severity = Severity,
                Message = $"{what}重复印出：“{excerpt}”（{first.Section.Heading} 与 {second.Section.Heading}）",
                MessageEn = $"{(run > 1 ? $"{run} paragraphs" : "a paragraph")} printed twice: \"{excerpt}\" ({first.Section.Heading} and {second.Section.Heading})",
                Locations = [FindingLocation.At(first.Location, "叙述·" + first.Section.Heading), FindingLocation.At(second.Location, "叙述·" + second.Section.Heading)],
            });
        }
        return RuleOutcome.Of(findings);
    }
}
