using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>A one-sided table's total in one column: its 合计 row, or — where none is printed — the sum of its top-level rows.</summary>
public static class TableTotals
{
    public static Operand Of(Table table, string key)
    {
        var total = table.Rows.FirstOrDefault(r => r.Role == RowRoles.Total && r.Side is null);
        if (total is not null) return Operand.Of(Figure.Of(table, total, key));
        if (table.Empty && table.Rows.All(r => r.Values.Values.All(v => v is null)))
            return new Operand([], [], $"{table.Title}（空表）", $"{table.Title} (empty)");
        var top = table.Rows.Where(r => r.Level == 1 && r.Role == RowRoles.Item).Select(r => Figure.Of(table, r, key)).ToList();
        string column = ColumnNames.Zh(key);
        return Operand.Sum(top, $"{table.Title}：Σ一级行 {column}", $"{table.Title}: sum of top-level rows {ColumnNames.En(key)}");
    }

    /// <summary>The rows of a table by their full classification code (the first row of each code).</summary>
    public static Dictionary<string, TableRow> ByCode(Table table) =>
        table.Rows.Where(r => r.Code is not null).GroupBy(r => r.Code!).ToDictionary(g => g.Key, g => g.First());
}
