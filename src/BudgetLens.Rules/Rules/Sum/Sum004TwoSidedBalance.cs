using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Sum;

/// <summary>SUM004: two-sided summaries balance, and within a side parents and total rows add up.</summary>
public sealed class Sum004TwoSidedBalance : IRule
{
    public string Id => "SUM004";
    public string TitleZh => "收支总表不平衡或分项之和不符";
    public string TitleEn => "Two-sided summary does not balance or add up";
    public Severity Severity => Severity.Error;
    public string Description =>
        "In a two-sided summary (收支总表, 财政拨款收支总表): 收入总计 = 支出总计; within a side a parent row (一、) equals the sum of its children " +
        "((一), 1., or the unnumbered classes printed under 一、本年支出), and a total/subtotal row equals the sum of the top-level rows it totals — " +
        "an earlier total stands for the rows it totals, never a parent together with its children — in every column. " +
        "Blank cells count as 0; tolerance: the half units of all figures. " +
        "Passes: 收入总计 13258.53 = 本年收入合计 11904.77 + 上年结转 1353.76, and = 支出总计 13258.53. " +
        "Fails: 一、财政拨款收入 8763.47 over (一)一般公共预算收入 8700.00 (Δ 63.47); 收入总计 1028.96 against 支出总计 1030.96 (Δ 2.00).";

    private static readonly string[] Kinds = ["income-expenditure-summary", "fiscal-allocation-summary"];

    public RuleOutcome Check(RuleContext context)
    {
        var tables = context.Document.Tables.Where(t => Kinds.Contains(t.Kind) && !t.Empty && t.Rows.Any(r => r.Side is not null)).ToList();
        if (tables.Count == 0) return RuleOutcome.NotApplicable("no two-sided summary with amounts");
        return RuleOutcome.Of(tables.SelectMany(t => SidesAddUp(t).Concat(Balance(t))));
    }

    private IEnumerable<Finding> SidesAddUp(Table table)
    {
        foreach (var side in SummarySides.SidesOf(table))
        {
            foreach (var group in SummarySides.Groups(SummarySides.RowsOf(table, side)))
            {
                string zh = group.IsParent ? "Σ下级" : "Σ" + string.Join("+", group.Members.Select(Short));
                string en = group.IsParent ? "sum of its parts" : "sum of the rows it totals";
                foreach (var key in group.Row.Values.Keys)
                {
                    var finding = SumFindings.Compare(this, Figure.Of(table, group.Row, key), [.. group.Members.Select(m => Figure.Of(table, m, key))], zh, en);
                    if (finding is not null) yield return finding;
                }
            }
        }
    }

    /// <summary>收入总计 = 支出总计: the income side's grand total against the expenditure side's (its amount or total column).</summary>
    private IEnumerable<Finding> Balance(Table table)
    {
        var income = SummarySides.GrandTotal(SummarySides.RowsOf(table, RowSides.Income));
        var expenditure = SummarySides.GrandTotal(SummarySides.RowsOf(table, RowSides.Expenditure));
        if (income is null || expenditure is null) yield break;
        string? incomeKey = AmountKey(income);
        string? expenditureKey = AmountKey(expenditure);
        if (incomeKey is null || expenditureKey is null) yield break;
        var finding = SumFindings.Compare(this, Figure.Of(table, income, incomeKey), [Figure.Of(table, expenditure, expenditureKey)], Figure.RowLabel(expenditure), Figure.RowLabel(expenditure));
        if (finding is not null) yield return finding;
    }

    private static string? AmountKey(TableRow row) => new[] { "amount", "total" }.FirstOrDefault(row.Values.ContainsKey);

    private static string Short(TableRow row) => row.Name ?? row.Code ?? "?";
}
