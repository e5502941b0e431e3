using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Xt;

/// <summary>XT001: a function code has the same total in expenditure-summary, income-summary and (all money general budget) general-budget-expenditure.</summary>
public sealed class Xt001SameCodeSameTotal : IRule
{
    public string Id => "XT001";
    public string TitleZh => "同一功能科目在各表合计不一致";
    public string TitleEn => "Same function code, different totals across tables";
    public Severity Severity => Severity.Error;
    public string Description =>
        "Each function code (and the 合计 row) has the same 合计 in 部门支出总表 and 部门收入总表; where all the document's money is 一般公共预算 money " +
        "(no 政府性基金, 国有资本经营, 财政专户, 上年结转 or other income anywhere), also in the 一般公共预算支出表. A code printed in one table only " +
        "counts as 0 in the other. Tolerance: half a unit of each figure's last printed digit. " +
        "Passes: 201 927.60 in both. Fails: 201 一般公共服务支出 927.60 in 部门支出总表 against 925.60 in 部门收入总表 (Δ 2.00).";

    public RuleOutcome Check(RuleContext context)
    {
        var expenditure = context.TablesOf("expenditure-summary").FirstOrDefault(t => !t.Empty);
        if (expenditure is null) return RuleOutcome.NotApplicable("no expenditure-summary");
        var others = new List<Table>();
        if (context.TablesOf("income-summary").FirstOrDefault(t => !t.Empty) is { } income) others.Add(income);
        if (AllGeneralBudget(context.Document) && context.TablesOf("general-budget-expenditure").FirstOrDefault(t => !t.Empty) is { } general) others.Add(general);
        if (others.Count == 0)
            return RuleOutcome.NotApplicable("no income-summary, and general-budget-expenditure is comparable only when all money is 一般公共预算 money");
        return RuleOutcome.Of(others.SelectMany(o => Compare(expenditure, o)));
    }

    private IEnumerable<Finding> Compare(Table expenditure, Table other)
    {
        var left = TableTotals.ByCode(expenditure);
        var right = TableTotals.ByCode(other);
        var totalLeft = expenditure.Rows.FirstOrDefault(r => r.Role == RowRoles.Total);
        var totalRight = other.Rows.FirstOrDefault(r => r.Role == RowRoles.Total);
        if (totalLeft is not null && totalRight is not null && Compare(expenditure, totalLeft, other, totalRight, "合计", "total") is { } t) yield return t;
        foreach (var code in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
        {
            var (l, r) = (left.GetValueOrDefault(code), right.GetValueOrDefault(code));
            var row = l ?? r!;
            if (Compare(expenditure, l, other, r, Figure.RowLabel(row), Figure.RowLabel(row)) is { } f) yield return f;
        }
    }

    /// <summary>Compares the 合计 column of two rows of the same code; a missing row counts as a blank 0 of its table.</summary>
    private Finding? Compare(Table leftTable, TableRow? left, Table rightTable, TableRow? right, string subjectZh, string subjectEn)
    {
        var a = Side(leftTable, left);
        var b = Side(rightTable, right);
        if (a.Blank && b.Blank) return null;
        return CrossFindings.Equal(this, a, b, subjectZh, subjectEn);
    }

    private static Operand Side(Table table, TableRow? row) => row is null
        ? new Operand([new Figure(null, "(未列示)", "total", table.Location, table.Title, table.Unit)], [], $"{table.Title}：未列示", $"{table.Title}: not printed")
        : new Operand([Figure.Of(table, row, "total")], [], $"{table.Title} 合计", $"{table.Title} total");

    /// <summary>
    /// All the document's money is 一般公共预算 money: the income side of the income-expenditure summary (else the income-summary)
    /// shows amounts only as 一般公共预算 (no other income, no carry-over). Without either table this cannot be known: false.
    /// </summary>
    public static bool AllGeneralBudget(BudgetDocument document)
    {
        var summary = document.Tables.FirstOrDefault(t => t.Kind == "income-expenditure-summary" && t.Rows.Any(r => r.Side == RowSides.Income));
        if (summary is not null)
            return summary.Rows.Where(r => r.Side == RowSides.Income && r.Role == RowRoles.Item && r.Values.Values.Any(v => v is decimal d && d != 0m))
                .All(r => r.Name?.Contains("一般公共预算", StringComparison.Ordinal) == true);
        var income = document.Tables.FirstOrDefault(t => t.Kind == "income-summary" && !t.Empty);
        if (income is null) return false;
        return income.Rows.All(r => r.Values.All(kv => kv.Key is "total" or "generalBudget" || kv.Value is null || kv.Value == 0m));
    }
}
