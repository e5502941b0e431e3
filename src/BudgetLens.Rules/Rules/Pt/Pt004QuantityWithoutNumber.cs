using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT004: a quantity-type indicator (数量, 成本) whose target has no number.</summary>
public sealed class Pt004QuantityWithoutNumber : IRule
{
    public string Id => "PT004";
    public string TitleZh => "数量或成本指标没有数值";
    public string TitleEn => "Quantity or cost indicator without a number";
    public Severity Severity => Severity.Info;
    public string Description =>
        "A 数量指标 or 成本指标 (二级 成本指标, or any indicator under 一级 成本指标) states its target as a number; a target read " +
        "with no number (支出不超过预算, 定性 持续推进…, 预算范围内) is advice to quantify. No tolerance. Passes: 参保人数 ≥ 341万人. " +
        "Fails: 预算成本控制，支出不超过预算 — 支出不超过预算.";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        foreach (var i in sheet.Indicators.Where(i => i.Value is null && (i.Level2 == "数量指标" || PtSheets.IsCost(i))))
        {
            var kind = i.Level2 == "数量指标" ? "数量指标" : "成本指标";
            yield return PtSheets.Make(this,
                $"{PtSheets.Label(sheet)}：{kind}「{i.Name}」的指标值「{i.Text}」没有数值",
                $"{PtSheets.Label(sheet)}: the {(kind == "数量指标" ? "quantity" : "cost")} indicator \"{i.Name}\" has no number in its target \"{i.Text}\"",
                [PtSheets.At(sheet, i, "text")]);
        }
    }
}
