using BudgetLens.Model;
using BudgetLens.Recognition.Tables.Columns;
using static BudgetLens.Recognition.Tables.Columns.ColumnKeys;

namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>
/// Soft expectations a table's cells get from the document's tables read before it (evidence 2 of domain.md): the
/// same code's amounts in a table of the same family, the income sources a summary declares for the 部门收入总表's
/// total row, and the 经济分类 items the "三公" columns correspond to (30231 ↔ 公务用车运行费, 30217 ↔ 公务接待费 …).
/// </summary>
public static class CrossTableEvidence
{
    private static readonly (string Code, string Key)[] ThreePublicCodes =
    [
        ("30212", OverseasTravel), ("30231", VehicleOperation), ("30217", Reception), ("30215", Meeting), ("30216", Training),
    ];

    public static List<CellExpectation> For(string kind, IReadOnlyList<string> columns, IReadOnlyList<DraftRow> rows, IReadOnlyList<Table> earlier)
    {
        var found = new List<CellExpectation>();
        if (kind == TableKinds.ThreePublicExpenses) AddThreePublic(columns, rows, earlier, found);
        else if (kind is TableKinds.IncomeSummary) AddIncomeSources(columns, rows, earlier, found);
        else AddSameCodes(kind, columns, rows, earlier, found);
        return found;
    }

    private static string Family(string kind) =>
        TableKinds.IsEconomicClassified(kind) ? "economic" : TableKinds.IsFunctionClassified(kind) && kind != TableKinds.IncomeSummary ? "function" : kind;

    private static void AddSameCodes(string kind, IReadOnlyList<string> columns, IReadOnlyList<DraftRow> rows, IReadOnlyList<Table> earlier, List<CellExpectation> found)
    {
        var family = Family(kind);
        var sources = earlier.Where(t => t.Kind != kind && Family(t.Kind) == family).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            foreach (var table in sources)
            {
                var match = table.Rows.FirstOrDefault(r => row.Code is not null ? r.Code == row.Code : row.Role == RowRoles.Total && r.Role == RowRoles.Total);
                if (match is null) continue;
                foreach (var key in columns)
                    if (match.Values.TryGetValue(key, out var v))
                        found.Add(new CellExpectation(i, key, v ?? 0m, Hard: false));
                break;
            }
        }
    }

    private static void AddIncomeSources(IReadOnlyList<string> columns, IReadOnlyList<DraftRow> rows, IReadOnlyList<Table> earlier, List<CellExpectation> found)
    {
        int total = Enumerable.Range(0, rows.Count).FirstOrDefault(i => rows[i].Role == RowRoles.Total, -1);
        if (total < 0) return;
        var summary = earlier.FirstOrDefault(t => TableKinds.IsTwoSided(t.Kind));
        if (summary is null) return;
        var income = summary.Rows.Where(r => r.Side == RowSides.Income).ToList();
        var sums = IncomeItemKeys.SumBySource(income, byFundOnly: false);
        foreach (var (key, value) in sums)
            if (columns.Contains(key)) found.Add(new CellExpectation(total, key, value, Hard: false));
    }

    private static void AddThreePublic(IReadOnlyList<string> columns, IReadOnlyList<DraftRow> rows, IReadOnlyList<Table> earlier, List<CellExpectation> found)
    {
        var economic = earlier.FirstOrDefault(t => TableKinds.IsEconomicClassified(t.Kind) && t.Kind != TableKinds.OfficeOperationExpenses);
        if (economic is null) return;
        int row = rows.Count == 1 ? 0 : Enumerable.Range(0, rows.Count).FirstOrDefault(i => rows[i].Role == RowRoles.Total, -1);
        if (row < 0) return;
        foreach (var (code, key) in ThreePublicCodes)
        {
            if (!columns.Contains(key)) continue;
            var match = economic.Rows.FirstOrDefault(r => r.Code == code);
            if (match is null) continue; // an item the table does not print says nothing
            found.Add(new CellExpectation(row, key, match.Values.GetValueOrDefault(Total) ?? 0m, Hard: false));
        }
    }
}
