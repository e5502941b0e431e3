using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Xt;

/// <summary>XT004: each 三公 amount is at least the basic-expenditure row of its economic code.</summary>
public sealed class Xt004ThreePublicCoversBasic : IRule
{
    public string Id => "XT004";
    public string TitleZh => "三公经费小于基本支出中的对应科目";
    public string TitleEn => "三公 expense below the basic expenditure of its economic code";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "三公 may include project money, so each 三公 amount is only checked to be at least the basic-expenditure row of its code: " +
        "公务接待费 ≥ 30217, 公务用车运行费 ≥ 30231, 因公出国（境）费 ≥ 30212, 公务用车购置费 ≥ 31013; a blank counts as 0. " +
        "Tolerance: half a unit of each figure's last printed digit. " +
        "Passes: 公务接待费 209.94 ≥ 30217 公务接待费 196.73. Fails: 公务用车运行费 3.00 < 30231 公务用车运行维护费 3.50 (Δ 0.50).";

    private static readonly (string Column, string Code)[] Pairs =
    [
        ("reception", "30217"), ("vehicleOperation", "30231"), ("overseasTravel", "30212"), ("vehiclePurchase", "31013"),
    ];

    public RuleOutcome Check(RuleContext context)
    {
        var three = context.TablesOf("three-public-expenses").FirstOrDefault(t => t.Rows.Count > 0);
        if (three is null) return RuleOutcome.NotApplicable("no three-public-expenses table with rows");
        var basic = context.TablesOf("general-budget-basic-expenditure").Concat(context.TablesOf("fiscal-allocation-basic-expenditure")).FirstOrDefault();
        if (basic is null) return RuleOutcome.NotApplicable("no basic-expenditure table by economic code");
        var byCode = TableTotals.ByCode(basic);
        var findings = new List<Finding>();
        foreach (var (column, code) in Pairs)
        {
            if (!byCode.TryGetValue(code, out var row)) continue;
            var amount = ThreePublic(three, column);
            if (amount is null) continue;
            var floor = Operand.Of(Figure.Of(basic, row, "total"));
            if (CrossFindings.AtLeast(this, amount, floor, ColumnNames.Zh(column), ColumnNames.En(column)) is { } f) findings.Add(f);
        }
        return RuleOutcome.Of(findings);
    }

    /// <summary>The table's amount in the column: its 合计 row, else the sum of its rows (one per unit); null when the column is not printed.</summary>
    private static Operand? ThreePublic(Table table, string column)
    {
        var rows = table.Rows.Where(r => r.Values.ContainsKey(column)).ToList();
        if (rows.Count == 0) return null;
        var total = rows.FirstOrDefault(r => r.Role == RowRoles.Total);
        return total is not null
            ? Operand.Of(Figure.Of(table, total, column))
            : Operand.Sum([.. rows.Select(r => Figure.Of(table, r, column))], $"{table.Title}：Σ{ColumnNames.Zh(column)}", $"{table.Title}: sum of {ColumnNames.En(column)}");
    }
}
