using System.Globalization;
using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR006: a comparison whose base is not the previous year, or glossary text naming a stale year.</summary>
public sealed partial class Nar006WrongYear : IRule
{
    public string Id => "NAR006";
    public string TitleZh => "年份错误";
    public string TitleEn => "Wrong year";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "In a budget for year Y, a comparison \"比/较 N 年…增加/减少\" has N = Y − 1 (warning otherwise); glossary text (名词解释) names no year " +
        "before Y − 1 or after Y (info: boilerplate carried over from an old year). Years inside document numbers (〔2019〕) are not read. " +
        "Passes: \"比 2022 年预算增加 13.38 万元\" in a 2023 budget. Fails: \"比2026年预算增加\" in a 2026 budget (warning); " +
        "\"弥补 2021 年收支差额\" in a 2023 budget's 名词解释 (info).";

    [GeneratedRegex(@"(?:比|较)\s*(?<year>(?:19|20)\d\d)\s*年")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"(?<year>(?:19|20)\d\d)\s*年")]
    private static partial Regex AnyYear();

    public RuleOutcome Check(RuleContext context)
    {
        var document = context.Document;
        if (!NarrativeFindings.HasNarrative(document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        if (document.Year is not int year) return RuleOutcome.NotApplicable("the budget year is unknown");
        var findings = new List<Finding>();
        bool glossary = false;
        foreach (var section in document.Sections)
        {
            if (section.Level == 1) glossary = section.Heading.Contains("名词解释");
            foreach (var p in NarrativeText.ParagraphsOf(section))
            {
                foreach (Match m in Comparison().Matches(p.Text))
                {
                    int n = YearOf(m);
                    if (n != year - 1) findings.Add(Make(p, n, Severity.Warning, $"{year} 年预算与 {n} 年比较（应为上年 {year - 1} 年）：“{Excerpt(p.Text, m)}”",
                        $"a {year} budget compared with {n} (the previous year is {year - 1}): \"{Excerpt(p.Text, m)}\""));
                }
                if (!glossary) continue;
                foreach (Match m in AnyYear().Matches(p.Text))
                {
                    int n = YearOf(m);
                    if (n < year - 1 || n > year) findings.Add(Make(p, n, Severity.Info, $"{year} 年预算的名词解释写有 {n} 年（沿用旧年文字）：“{Excerpt(p.Text, m)}”",
                        $"the glossary of a {year} budget names {n} (text carried over from an old year): \"{Excerpt(p.Text, m)}\""));
                }
            }
        }
        return RuleOutcome.Of(findings);
    }

    private static int YearOf(Match m) => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static string Excerpt(string text, Match m)
    {
        int from = Math.Max(0, m.Index - 12), to = Math.Min(text.Length, m.Index + m.Length + 12);
        return text[from..to];
    }

    private Finding Make(NarrativeParagraph p, int n, Severity severity, string zh, string en) => new()
    {
        Rule = Id,
        Severity = severity,
        Message = zh,
        MessageEn = en,
        Locations = [FindingLocation.At(p.Location, "叙述·" + p.Section.Heading, null, null, n)],
        Actual = n,
    };
}
