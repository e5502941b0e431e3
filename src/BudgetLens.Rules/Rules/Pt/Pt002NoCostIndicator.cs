using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT002: a sheet has no 成本指标 at all.</summary>
public sealed class Pt002NoCostIndicator : IRule
{
    public string Id => "PT002";
    public string TitleZh => "没有成本指标";
    public string TitleEn => "No cost indicator";
    public Severity Severity => Severity.Info;
    public string Description =>
        "A target sheet with indicators has at least one 成本指标: either the old 二级 14-成本指标 under 产出指标 or the new 一级 " +
        "4-成本指标 (经济成本指标 …). No tolerance. Passes: 4-成本指标；41-经济成本指标；预算成本控制. " +
        "Fails: 000 机构运行辅助经费 (产出, 效益, 满意度 only).";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        if (sheet.Indicators.Count == 0 || sheet.Indicators.Any(PtSheets.IsCost)) yield break;
        yield return PtSheets.Make(this,
            $"{PtSheets.Label(sheet)}：{sheet.Indicators.Count} 个指标中没有成本指标（既无二级 成本指标，也无一级 成本指标）",
            $"{PtSheets.Label(sheet)}: none of its {sheet.Indicators.Count} indicators is a cost indicator (neither level-2 nor level-1 成本指标)",
            [PtSheets.At(sheet)]);
    }
}
