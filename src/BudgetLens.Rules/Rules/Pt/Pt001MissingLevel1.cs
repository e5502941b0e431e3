using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT001: a sheet lacks a required 一级指标 (产出, 效益, 满意度).</summary>
public sealed class Pt001MissingLevel1 : IRule
{
    private static readonly string[] Required = ["产出指标", "效益指标", "满意度指标"];

    public string Id => "PT001";
    public string TitleZh => "缺少必备一级指标";
    public string TitleEn => "A required level-1 indicator is missing";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Every target sheet with indicators has the 一级指标 产出指标, 效益指标 and 满意度指标 (a 成本指标 is PT002's matter); " +
        "one finding per sheet naming what is missing. Sheets without indicators are PT012's, placeholder sheets PT005's. No tolerance. " +
        "Passes: 产出 + 效益 + 满意度 indicators. Fails: 000 其他运行经费 with 产出指标 only (lacks 效益指标, 满意度指标).";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        if (sheet.Indicators.Count == 0) yield break;
        var present = sheet.Indicators.Select(PtSheets.Level1).ToHashSet();
        var missing = Required.Where(r => !present.Contains(r)).ToList();
        if (missing.Count == 0) yield break;
        var has = string.Join("、", Required.Concat(["成本指标"]).Where(present.Contains));
        yield return PtSheets.Make(this,
            $"{PtSheets.Label(sheet)}：缺少一级指标 {string.Join("、", missing)}（已有 {has}）",
            $"{PtSheets.Label(sheet)}: no {string.Join(", ", missing)} among its {sheet.Indicators.Count} indicators (has {has})",
            [PtSheets.At(sheet)]);
    }
}
