using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR007: the narrative names a class or item differently from the tables for the same code.</summary>
public sealed partial class Nar007ClassNames : IRule
{
    public string Id => "NAR007";
    public string TitleZh => "叙述科目名称与表格不一致";
    public string TitleEn => "Narrative names a class differently from the tables";
    public Severity Severity => Severity.Info;
    public string Description =>
        "A class or item the narrative names (amount statements and 名词解释 entries) is named as in the tables. A narrative name that no table " +
        "prints is matched to a table row by a known renaming (an old class name: 医疗卫生与计划生育支出 → 210 卫生健康支出, 行政事业单位离退休 → " +
        "20805 行政事业单位养老支出; ../reference/SOURCES.md) or by the same characters in another order (一般行政事务管理 for 一般行政管理事务). " +
        "A trailing 支出 is not a different name. Passes: 其他医疗保障管理事务 for 2101599 其他医疗保障管理事务支出. " +
        "Fails: 医疗卫生与计划生育支出 where the tables print 210 卫生健康支出.";

    /// <summary>Old names of the 功能分类 (../reference/SOURCES.md §5: 2019 renamings).</summary>
    private static readonly Dictionary<string, string> OldNames = new()
    {
        ["医疗卫生与计划生育支出"] = "卫生健康支出",
        ["行政事业单位离退休"] = "行政事业单位养老支出",
    };

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[)）]\s*(?<name>[^:：，,。]{2,30})[:：]")]
    private static partial Regex GlossaryEntry();

    public RuleOutcome Check(RuleContext context)
    {
        var document = context.Document;
        if (!NarrativeFindings.HasNarrative(document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var rows = document.Tables.SelectMany(t => t.Rows.Where(r => r.Code is not null && r.Name is not null).Select(r => (Table: t, Row: r))).ToList();
        if (rows.Count == 0) return RuleOutcome.NotApplicable("no table with classification codes");
        var printed = rows.Select(r => Normal(r.Row.Name!)).ToHashSet();
        var findings = new List<Finding>();
        foreach (var (name, location, section) in Names(document))
        {
            var n = Normal(name);
            if (n.Length < 4 || printed.Contains(n)) continue;
            var match = rows.FirstOrDefault(r => Renamed(n, Normal(r.Row.Name!)));
            if (match.Row is null) continue;
            var tableName = match.Row.Name!;
            findings.Add(new Finding
            {
                Rule = Id,
                Severity = Severity,
                Message = $"叙述写作“{name}”，表格 {match.Table.Title} 中 {match.Row.Code} 为“{tableName}”",
                MessageEn = $"the narrative writes \"{name}\" where {match.Table.Title} prints {match.Row.Code} \"{tableName}\"",
                Locations = [FindingLocation.At(location, "叙述·" + section, name), FindingLocation.At(match.Row.Location, match.Table.Title, Figure.RowLabel(match.Row))],
            });
        }
        return RuleOutcome.Of(findings);
    }

    private static bool Renamed(string narrative, string table) =>
        OldNames.Any(kv => Normal(kv.Key) == narrative && Normal(kv.Value) == table)
        || narrative.Length == table.Length && narrative != table && narrative.Order().SequenceEqual(table.Order());

    /// <summary>A name without spaces and a trailing 支出 (其他医疗保障管理事务 = 其他医疗保障管理事务支出).</summary>
    private static string Normal(string name)
    {
        var n = NarrativeConcepts.Clean(name).Replace("（", "(").Replace("）", ")");
        return n.Length > 4 && n.EndsWith("支出", StringComparison.Ordinal) ? n[..^2] : n;
    }

    private static IEnumerable<(string Name, SourceLocation Location, string Section)> Names(BudgetDocument document)
    {
        foreach (var s in NarrativeReader.Flatten(NarrativeReader.Read(document)))
            if (s.Concept is string c && (c.StartsWith("func:", StringComparison.Ordinal) || c.StartsWith("econ:", StringComparison.Ordinal)))
                yield return (NarrativeConcepts.Clean(s.Name), s.Location, s.Section.Heading);
        foreach (var section in document.Sections)
            foreach (var p in NarrativeText.ParagraphsOf(section))
                if (GlossaryEntry().Match(p.Text) is { Success: true } m)
                    yield return (m.Groups["name"].Value.Trim(), p.Location, section.Heading);
    }
}
