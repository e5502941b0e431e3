using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT014: the same indicator (name and target) or the same goal in half or more of a document's sheets.</summary>
public sealed class Pt014Boilerplate : IRule
{
    private const int MinimumSheets = 3;

    public string Id => "PT014";
    public string TitleZh => "套话指标或目标";
    public string TitleEn => "Boilerplate indicator or goal";
    public Severity Severity => Severity.Info;
    public string Description =>
        "An indicator with the same name and target, or the same goal text, in half or more of the document's sheets (and in at least " +
        "three) is boilerplate rather than a target of its project: one finding per repeated item, listing the sheets. Texts compared " +
        "with white space removed and full-width signs folded; exact threshold. Passes: 故障排除率 100% in 5 of 22 sheets. " +
        "Fails: 000 来访群众满意度 ≥90% in 13 of 22 sheets.";

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = PtSheets.Checked(context);
        if (sheets.Count < MinimumSheets) return RuleOutcome.NotApplicable($"fewer than {MinimumSheets} target sheets");
        var indicators = sheets.SelectMany(s => s.Indicators.Select(i => (Sheet: s, Key: PtSheets.Normalize(i.Name) + "｜" + PtSheets.Normalize(i.Text), Location: PtSheets.At(s, i, "text"),
            Zh: $"指标「{i.Name} {i.Text}」", En: $"the indicator \"{i.Name} {i.Text}\"")));
        var goals = sheets.Where(s => !string.IsNullOrWhiteSpace(s.Goal)).Select(s => (Sheet: s, Key: "goal｜" + PtSheets.Normalize(s.Goal), Location: PtSheets.At(s, "goal"),
            Zh: $"绩效目标「{Short(s.Goal!)}」", En: $"the goal \"{Short(s.Goal!)}\""));
        return RuleOutcome.Of(indicators.Concat(goals).GroupBy(x => x.Key)
            .Select(g => g.DistinctBy(x => x.Sheet).ToList())
            .Where(g => g.Count >= MinimumSheets && g.Count * 2 >= sheets.Count)
            .Select(g => PtSheets.Make(this,
                $"{g[0].Zh}出现在 {g.Count}/{sheets.Count} 张表中：{string.Join("、", g.Select(x => PtSheets.Label(x.Sheet)))}",
                $"{g[0].En} appears in {g.Count} of {sheets.Count} sheets: {string.Join(", ", g.Select(x => PtSheets.Label(x.Sheet)))}",
                g.Select(x => x.Location), null, g.Count)));
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
