using BudgetLens.Model;
using BudgetLens.Recognition.Tables.Columns;

namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>
/// Which income column a summary's income row stands for (一般公共预算拨款收入 → generalBudget, 上年结转 → carryover …),
/// and the sums per column: by source (the parts of 上年结转 count as carryover) or by fund only (a 财政拨款收支总表's
/// 上年结转 一般公共预算拨款 is still general-budget money).
/// </summary>
public static class IncomeItemKeys
{
    public static string? KeyOf(string name)
    {
        var columns = HeaderColumnReader.Read(TableKinds.IncomeSummary, RowLabels.WithoutOrdinal(name));
        return columns.Count == 1 && columns[0] != ColumnKeys.Total ? columns[0] : null;
    }

    public static Dictionary<string, decimal> SumBySource(IEnumerable<TableRow> incomeRows, bool byFundOnly)
    {
        var sums = new Dictionary<string, decimal>();
        string? group = null;
        foreach (var row in incomeRows)
        {
            if (row.Role == RowRoles.Total || row.Name is null) { group = null; continue; }
            var key = KeyOf(row.Name);
            if (RowLabels.HasTopOrdinal(row.Name)) { group = key; continue; }
            if (row.Role == RowRoles.Subtotal) continue;
            if (key is null) continue;
            if (!byFundOnly && group == ColumnKeys.Carryover) key = ColumnKeys.Carryover;
            decimal value = row.Values.Values.FirstOrDefault() ?? 0m;
            sums[key] = sums.GetValueOrDefault(key) + value;
        }
        return sums;
    }
}
