using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Text;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT008: money arithmetic written in a sheet (standard × quantity; the 项目概况's computation) disagrees with its budget or itself.</summary>
public sealed partial class Pt008MoneyArithmetic : IRule
{
    [GeneratedRegex(@"^(万元|元)\s*(?:[/／]|每)\s*(.+)$")]
    private static partial Regex StandardUnit();

    private enum Bound { Exact, AtMost, AtLeast }

    public string Id => "PT008";
    public string TitleZh => "测算金额与预算不符";
    public string TitleEn => "Written cost computation disagrees with the budget";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "(a) A standard (元/人年, 元/个, 元每人每年 …) × the one 数量指标 whose unit matches its denominator (人 ≈ 人数 ≈ 人年 ≈ 人·次 ≈ " +
        "每人每年; 个 ≈ 个（台、套、件、辆）; 万人 = 10000 人) equals the budget when both are stated with = or no comparator; with ≥/≤ " +
        "only the direction is checked. (b) The computation written in 项目概况 — each \"… = X 元\", the numbered items against the " +
        "stated 合计, and the whole (stated total, else Σ items, else the closing result) against the budget. Units converted exactly; " +
        "tolerance: half a unit of the last printed digit of the budget, the result and each summed figure (propagated through products). " +
        "Passes: 5000 元/人年 × 11 人数 = 5.5 万元 with budget 5.5; ≤3000 元/人·次 × 40 人数 ≤ 12 万元 with 11.44. " +
        "Fails: 52000 元/人年 × 2 人 = 10.40 万元 with budget 10.95; items summing to 2,062,572.96 元 under a stated 2,167,673 元.";

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = PtSheets.Checked(context).Where(s => PtSheets.Budget(s) is not null).ToList();
        if (sheets.Count == 0) return RuleOutcome.NotApplicable("no target sheet with a budget");
        return RuleOutcome.Of(sheets.SelectMany(s => Standards(s).Concat(Overview(s))));
    }

    private IEnumerable<Finding> Standards(TargetSheet sheet)
    {
        var standards = sheet.Indicators.Select(i => (Indicator: i, Match: StandardUnit().Match(i.Unit ?? ""))).Where(x => x.Match.Success && x.Indicator.Value is not null).ToList();
        if (standards.Count != 1) yield break;
        var (standard, match) = standards[0];
        var per = Denominator(match.Groups[2].Value);
        var quantities = sheet.Indicators.Where(i => i.Level2 == "数量指标" && i.Value is not null && i != standard && Quantity(i.Unit) is var q && q.Per == per).ToList();
        if (quantities.Count != 1 || Direction(standard) is not Bound sb || Direction(quantities[0]) is not Bound qb) yield break;
        var quantity = quantities[0];
        var multiplier = Quantity(quantity.Unit).Multiplier;
        var moneyUnit = MoneyUnits.Parse(match.Groups[1].Value)!.Value;
        var budget = PtSheets.Budget(sheet)!.Value;
        decimal budgetYuan = budget.To(MoneyUnit.Yuan).Amount;
        decimal s = standard.Value!.Value * moneyUnit.Yuan(), q = quantity.Value!.Value * multiplier;
        decimal product = s * q;
        decimal tolerance = PtSheets.HalfUnitYuan(budget) + Tolerance.HalfUnit(standard.Value.Value) * moneyUnit.Yuan() * q
                            + (multiplier > 1 ? Tolerance.HalfUnit(quantity.Value.Value) * multiplier * s : 0m);
        Bound bound = sb == Bound.Exact ? qb : qb == Bound.Exact || qb == sb ? sb : (Bound)(-1);
        bool differs = bound switch
        {
            Bound.Exact => Math.Abs(budgetYuan - product) > tolerance,
            Bound.AtMost => budgetYuan - product > tolerance,
            Bound.AtLeast => product - budgetYuan > tolerance,
            _ => false,
        };
        if (!differs) yield break;
        var relation = bound switch { Bound.Exact => "=", Bound.AtMost => "≤", _ => "≥" };
        var computed = product / budget.Unit.Yuan();
        var arithmetic = $"{standard.Name} {Term(standard)} × {quantity.Name} {Term(quantity)} {relation} {PtSheets.Yuan(product)}";
        var delta = PtSheets.Yuan(Math.Abs(budgetYuan - product));
        yield return PtSheets.Make(this,
            $"{PtSheets.Label(sheet)}：{arithmetic}，≠ 预算 {PtSheets.Show(budget)}（Δ {delta}）",
            $"{PtSheets.Label(sheet)}: {arithmetic}, but the budget is {PtSheets.Show(budget)} (Δ {delta})",
            [PtSheets.AtBudget(sheet), PtSheets.At(sheet, standard), PtSheets.At(sheet, quantity)], computed, budget.Amount);
    }

    private static string Term(Indicator i) => (i.Comparator is null or "=" ? "" : i.Comparator) + Amounts.Show(i.Value) + i.Unit;

    private static Bound? Direction(Indicator i) => i.Comparator switch
    {
        null or "=" => Bound.Exact,
        "≤" or "<" => Bound.AtMost,
        "≥" or ">" => Bound.AtLeast,
        _ => null,
    };

    /// <summary>The class of a unit's denominator: 人 for 人/人数/人年/人·次/每人每年, 个 for 个（台、套、件、辆）, else the unit itself.</summary>
    private static string Denominator(string unit)
    {
        var u = unit.Trim().TrimStart('每', '/', '／');
        return u.StartsWith('人') ? "人" : u.StartsWith('个') ? "个" : u;
    }

    private static (string? Per, decimal Multiplier) Quantity(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit) || unit.Contains('元') || unit.Contains('%')) return (null, 1m);
        var u = unit.Trim();
        return u.Length > 1 && u[0] == '万' ? (Denominator(u[1..]), 10000m) : (Denominator(u), 1m);
    }

    private IEnumerable<Finding> Overview(TargetSheet sheet)
    {
        if (string.IsNullOrWhiteSpace(sheet.Overview)) yield break;
        var c = MoneyText.Read(sheet.Overview);
        var at = FindingLocation.At(sheet.Location, PtSheets.Label(sheet), "项目概况", "overview");
        string name = PtSheets.Label(sheet);
        foreach (var e in c.Equations.Where(e => !e.Agrees))
            yield return PtSheets.Make(this,
                $"{name}：项目概况 {e.Expression} = {PtSheets.Yuan(e.ComputedYuan)}，≠ 所写 {e.Result}",
                $"{name}: the overview's {e.Expression} is {PtSheets.Yuan(e.ComputedYuan)}, not the written {e.Result}",
                [at with { Value = e.Result.Value }], e.ComputedYuan / e.Result.Unit.Yuan(), e.Result.Value);
        var terms = string.Join(" + ", c.Items.Select(i => i.Amount?.ToString()));
        if (c.ItemsComplete && c.StatedTotal is TextAmount stated && Math.Abs(c.ItemsSumYuan - stated.Yuan) > c.ItemsToleranceYuan(stated.HalfUnitYuan))
            yield return PtSheets.Make(this,
                $"{name}：项目概况 {c.Items.Count} 项 {terms} = {PtSheets.Yuan(c.ItemsSumYuan)}，≠ 所写合计 {stated}（Δ {PtSheets.Yuan(Math.Abs(c.ItemsSumYuan - stated.Yuan))}）",
                $"{name}: the overview's {c.Items.Count} items {terms} sum to {PtSheets.Yuan(c.ItemsSumYuan)}, not the stated total {stated} (Δ {PtSheets.Yuan(Math.Abs(c.ItemsSumYuan - stated.Yuan))})",
                [at with { Value = stated.Value }], c.ItemsSumYuan / stated.Unit.Yuan(), stated.Value);
        var budget = PtSheets.Budget(sheet)!.Value;
        decimal budgetYuan = budget.To(MoneyUnit.Yuan).Amount, budgetHalf = PtSheets.HalfUnitYuan(budget);
        (decimal Yuan, decimal Tolerance, string Zh, string En)? whole =
            c.StatedTotal is TextAmount total ? (total.Yuan, total.HalfUnitYuan, $"所写合计 {total}", $"the stated total {total}")
            : c.ItemsComplete ? (c.ItemsSumYuan, c.ItemsToleranceYuan(0m), $"{c.Items.Count} 项之和 {terms} = {PtSheets.Yuan(c.ItemsSumYuan)}", $"the sum of its {c.Items.Count} items {terms} = {PtSheets.Yuan(c.ItemsSumYuan)}")
            : c.LastResult is TextAmount last ? (last.Yuan, last.HalfUnitYuan, $"测算结果 {last}", $"the computed {last}")
            : null;
        if (whole is not var (yuan, tol, zh, en) || Math.Abs(yuan - budgetYuan) <= tol + budgetHalf) yield break;
        yield return PtSheets.Make(this,
            $"{name}：项目概况{zh}，≠ 预算 {PtSheets.Show(budget)}（Δ {PtSheets.Yuan(Math.Abs(yuan - budgetYuan))}）",
            $"{name}: the overview gives {en}, but the budget is {PtSheets.Show(budget)} (Δ {PtSheets.Yuan(Math.Abs(yuan - budgetYuan))})",
            [at with { Value = yuan / budget.Unit.Yuan() }, PtSheets.AtBudget(sheet)], yuan / budget.Unit.Yuan(), budget.Amount);
    }
}
