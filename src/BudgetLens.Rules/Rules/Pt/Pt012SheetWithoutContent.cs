using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT012: a sheet without indicators or without a goal.</summary>
public sealed class Pt012SheetWithoutContent : IRule
{
    public string Id => "PT012";
    public string TitleZh => "绩效目标表缺少指标或目标";
    public string TitleEn => "Sheet without indicators or without a goal";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Every target sheet states its goal (年度总体目标/绩效目标) and at least one indicator. One finding per sheet naming what is " +
        "missing. No tolerance. Passes: a goal and indicators. Fails: a sheet whose 年度总体目标 is blank.";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        var missing = new List<(string Zh, string En)>();
        if (string.IsNullOrWhiteSpace(sheet.Goal)) missing.Add(("绩效目标", "goal"));
        if (sheet.Indicators.Count == 0) missing.Add(("绩效指标", "indicators"));
        if (missing.Count == 0) yield break;
        yield return PtSheets.Make(this,
            $"{PtSheets.Label(sheet)}：没有{string.Join("和", missing.Select(m => m.Zh))}",
            $"{PtSheets.Label(sheet)}: no {string.Join(" and no ", missing.Select(m => m.En))}",
            [PtSheets.At(sheet)]);
    }
}
