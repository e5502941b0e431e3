using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT007: the budget exceeds a cap on the whole project, or the sum of two or more itemised money caps.</summary>
public sealed partial class Pt007BudgetAboveCap : IRule
{
    [GeneratedRegex("项目资金|资金使用|预算|补助资金|成本控制|资金总额|总成本|总投入|项目总经费")]
    private static partial Regex WholeProject();

    public string Id => "PT007";
    public string TitleZh => "预算超过成本指标上限";
    public string TitleEn => "Budget above the cost cap";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A money cap (≤ or < with 元, 万元, or 万 alone read as 万元) on the whole project (an indicator named 项目资金, 资金使用, 预算, " +
        "补助资金, 成本控制 …) must not be below the sheet's budget (funds.total); nor may the sum of two or more itemised money caps on " +
        "parts. A single cap on a part is never compared. Units converted exactly; tolerance: half a unit of the last printed digit of " +
        "each figure. Passes: 004 DIP ≤628084元 with 62.81 万元; 004 ≤14.2 + ≤6 万元 = 20.2 万元. Fails: 资金使用 ≤20万 with a budget of 25 万元.";

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = PtSheets.Checked(context).Where(s => PtSheets.Budget(s) is not null && s.Indicators.Any(i => Cap(i) is not null)).ToList();
        return sheets.Count == 0 ? RuleOutcome.NotApplicable("no sheet with a budget and a money cap") : RuleOutcome.Of(sheets.SelectMany(Check));
    }

    /// <summary>The cap an indicator sets on money, or null.</summary>
    internal static Money? Cap(Indicator i)
    {
        if (i.Comparator is not ("≤" or "<") || i.Value is not decimal value) return null;
        return i.Unit?.Trim() switch
        {
            "元" => new Money(value, MoneyUnit.Yuan),
            "万元" or "万" => new Money(value, MoneyUnit.TenThousandYuan),
            _ => null,
        };
    }

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        var budget = PtSheets.Budget(sheet)!.Value;
        decimal budgetYuan = budget.To(MoneyUnit.Yuan).Amount, budgetHalf = PtSheets.HalfUnitYuan(budget);
        var caps = sheet.Indicators.Select(i => (Indicator: i, Cap: Cap(i))).Where(x => x.Cap is not null).Select(x => (x.Indicator, Cap: x.Cap!.Value)).ToList();
        foreach (var (indicator, cap) in caps.Where(c => WholeProject().IsMatch(c.Indicator.Name ?? "")))
        {
            decimal capYuan = cap.To(MoneyUnit.Yuan).Amount;
            if (budgetYuan - capYuan <= budgetHalf + PtSheets.HalfUnitYuan(cap)) continue;
            yield return PtSheets.Make(this,
                $"{PtSheets.Label(sheet)}：预算 {PtSheets.Show(budget)} > 「{indicator.Name}」上限 {PtSheets.Show(cap)}（Δ {PtSheets.Yuan(budgetYuan - capYuan)}）",
                $"{PtSheets.Label(sheet)}: budget {PtSheets.Show(budget)} > cap \"{indicator.Name}\" {PtSheets.Show(cap)} (Δ {PtSheets.Yuan(budgetYuan - capYuan)})",
                [PtSheets.AtBudget(sheet), PtSheets.At(sheet, indicator)], cap.Amount, budget.To(cap.Unit).Amount);
        }
        var parts = caps.Where(c => !WholeProject().IsMatch(c.Indicator.Name ?? "")).ToList();
        if (parts.Count < 2) yield break;
        decimal sumYuan = parts.Sum(p => p.Cap.To(MoneyUnit.Yuan).Amount);
        if (budgetYuan - sumYuan <= budgetHalf + parts.Sum(p => PtSheets.HalfUnitYuan(p.Cap))) yield break;
        var terms = string.Join(" + ", parts.Select(p => PtSheets.Show(p.Cap)));
        yield return PtSheets.Make(this,
            $"{PtSheets.Label(sheet)}：预算 {PtSheets.Show(budget)} > 分项上限之和 {terms} = {PtSheets.Yuan(sumYuan)}（Δ {PtSheets.Yuan(budgetYuan - sumYuan)}）",
            $"{PtSheets.Label(sheet)}: budget {PtSheets.Show(budget)} > the itemised caps {terms} = {PtSheets.Yuan(sumYuan)} (Δ {PtSheets.Yuan(budgetYuan - sumYuan)})",
            [PtSheets.AtBudget(sheet), .. parts.Select(p => PtSheets.At(sheet, p.Indicator))], sumYuan / budget.Unit.Yuan(), budget.Amount);
    }
}
