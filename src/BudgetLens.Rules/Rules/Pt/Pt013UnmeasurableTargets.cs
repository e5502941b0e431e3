using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT013: half or more of a sheet's indicators have no measurable value.</summary>
public sealed partial class Pt013UnmeasurableTargets : IRule
{
    /// <summary>A deadline (2023年12月底前, 15个工作日内) is measurable although it is not a quantity.</summary>
    [GeneratedRegex(@"\d{4}\s*年|\d+\s*月底|工作日")]
    private static partial Regex Deadline();

    public string Id => "PT013";
    public string TitleZh => "过半指标无可衡量的值";
    public string TitleEn => "Half or more of the indicators are not measurable";
    public Severity Severity => Severity.Info;
    public string Description =>
        "An indicator is measurable when its target has a number (≥ 90 %, 3000箱, 定性 98 %) or a deadline (2023年12月底前). When " +
        "half or more of a sheet's indicators are not (有效保障, 逐步推进, 及时), the sheet is hard to evaluate; the share is in the " +
        "message. Exact threshold, no tolerance. Passes: 1 of 4 qualitative. Fails: 1 of 2 (50 %).";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        if (sheet.Indicators.Count == 0) yield break;
        var vague = sheet.Indicators.Where(i => i.Value is null && !Deadline().IsMatch(i.Text ?? "")).ToList();
        if (vague.Count * 2 < sheet.Indicators.Count) yield break;
        var share = Math.Round(100m * vague.Count / sheet.Indicators.Count, 0);
        var list = string.Join("；", vague.Select(i => $"{i.Name}：{i.Text}"));
        yield return PtSheets.Make(this,
            $"{PtSheets.Label(sheet)}：{sheet.Indicators.Count} 个指标中 {vague.Count} 个（{share}%）没有可衡量的值（{list}）",
            $"{PtSheets.Label(sheet)}: {vague.Count} of {sheet.Indicators.Count} indicators ({share} %) have no measurable value ({list})",
            [PtSheets.At(sheet), .. vague.Select(i => PtSheets.At(sheet, i, "text"))], null, share);
    }
}
