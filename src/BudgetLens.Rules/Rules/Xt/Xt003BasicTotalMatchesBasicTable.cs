using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Xt;

/// <summary>XT003: the basic column total of general-budget-expenditure equals the total of general-budget-basic-expenditure.</summary>
public sealed class Xt003BasicTotalMatchesBasicTable : IRule
{
    public string Id => "XT003";
    public string TitleZh => "基本支出合计与基本支出表不一致";
    public string TitleEn => "Basic expenditure total differs from the basic expenditure table";
    public Severity Severity => Severity.Error;
    public string Description =>
        "The 基本支出 column of the 一般公共预算支出表's 合计 row equals the 合计 of the 一般公共预算基本支出表 (and likewise for the " +
        "财政拨款支出表 and 财政拨款基本支出表 where printed); without a 合计 row the top-level rows are added. " +
        "Tolerance: half a unit of each figure's last printed digit. Passes: 435.97 = 435.97. Fails: 基本支出 435.97 against 基本支出表合计 453.97 (Δ 18.00).";

    /// <summary>Each function-classified table with the economic-classified table of its basic expenditure.</summary>
    private static readonly (string Function, string Basic)[] Pairs =
    [
        ("general-budget-expenditure", "general-budget-basic-expenditure"),
        ("fiscal-allocation-expenditure", "fiscal-allocation-basic-expenditure"),
    ];

    public RuleOutcome Check(RuleContext context)
    {
        var pairs = Pairs.Select(p => (Function: context.TablesOf(p.Function).FirstOrDefault(), Basic: context.TablesOf(p.Basic).FirstOrDefault()))
            .Where(p => p.Function is not null && p.Basic is not null).ToList();
        if (pairs.Count == 0) return RuleOutcome.NotApplicable("no general-budget-expenditure with its general-budget-basic-expenditure");
        return RuleOutcome.Of(pairs.Select(p => CrossFindings.Equal(this, TableTotals.Of(p.Function!, "basic"), TableTotals.Of(p.Basic!, "total"))).OfType<Finding>());
    }
}
