using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables.Columns;
using BudgetLens.Recognition.Tables.Placement;

namespace BudgetLens.Recognition.Tables;

/// <summary>
/// Turns draft rows into contract rows: gives each printed number its column by the table's arithmetic, the
/// document's earlier tables and, last, the header order (reporting where that last resort decided).
/// </summary>
public static class TableAssembler
{
    public static List<TableRow> Place(string kind, IReadOnlyList<string> columns, IReadOnlyList<DraftRow> rows,
        IReadOnlyList<Table> earlier, ExtractionContext context, IReadOnlyList<CellExpectation>? hard = null)
    {
        var fitted = rows.Select(r => Fit(r, columns.Count, context)).ToList();
        var expectations = CrossTableEvidence.For(kind, columns, fitted, earlier);
        if (hard is not null) expectations.AddRange(hard);
        var problem = new PlacementProblem(columns, fitted.Select(r => ToPlacement(r, columns.Count)).ToList(),
            SumIdentity.For(kind, columns), RowGroups.Build(fitted), expectations);
        var result = ColumnPlacer.Place(problem);
        var output = new List<TableRow>(fitted.Count);
        for (int i = 0; i < fitted.Count; i++)
        {
            var r = fitted[i];
            if (result.Ambiguous.Contains(i) && r.Numbers.Count > 0 && r.Numbers.Count < columns.Count)
            {
                var placed = string.Join(", ", result.Columns[i].Select((c, k) => $"{r.Numbers[k]}→{columns[c]}"));
                context.Report(ExtractionDiagnostics.AmbiguousColumn(r.Line, r.Text, placed));
            }
            output.Add(new TableRow
            {
                Side = r.Side,
                Code = r.Code,
                Name = r.Name,
                Level = r.Level,
                Role = r.Role,
                Values = result.ValuesOf(problem, i),
                Location = SourceLocation.Lines(r.Line, r.EndLine),
            });
        }
        return output;
    }

    /// <summary>
    /// A two-sided summary: the income side first, then the expenditure side, whose column totals the income side
    /// fixes (收入 by fund = 支出 by fund); rows come back in printed order (income before expenditure on a line).
    /// </summary>
    public static List<TableRow> PlaceTwoSided(string kind, IReadOnlyList<string> incomeColumns, IReadOnlyList<string> expenditureColumns,
        IReadOnlyList<DraftRow> rows, IReadOnlyList<Table> earlier, ExtractionContext context)
    {
        var income = rows.Where(r => r.Side == RowSides.Income).ToList();
        var expenditure = rows.Where(r => r.Side != RowSides.Income).ToList();
        var placedIncome = Place(kind, incomeColumns, income, earlier, context);
        var funds = IncomeItemKeys.SumBySource(placedIncome, byFundOnly: true);
        var hard = new List<CellExpectation>();
        for (int i = 0; i < expenditure.Count; i++)
        {
            if (expenditure[i].Role != RowRoles.Total) continue;
            foreach (var (key, value) in funds)
                if (expenditureColumns.Contains(key) && key != ColumnKeys.Total) hard.Add(new CellExpectation(i, key, value, Hard: true));
        }
        var placedExpenditure = Place(kind, expenditureColumns, expenditure, earlier, context, hard);
        var all = new List<(DraftRow Draft, TableRow Row)>();
        all.AddRange(income.Zip(placedIncome));
        all.AddRange(expenditure.Zip(placedExpenditure));
        return all.OrderBy(x => x.Draft.Line).ThenBy(x => x.Draft.Side == RowSides.Income ? 0 : 1).Select(x => x.Row).ToList();
    }

    private static PlacementRow ToPlacement(DraftRow row, int columns) => row.Cells is { } cells && cells.Count == columns
        ? PlacementRow.FromCells(cells, row.Line, row.Text) : new PlacementRow(row.Numbers, row.Line, row.Text);

    private static DraftRow Fit(DraftRow row, int columns, ExtractionContext context)
    {
        if (row.Numbers.Count <= columns) return row;
        context.Report(ExtractionDiagnostics.MissingColumns(row.Line, row.Text, columns, row.Numbers.Count));
        return row with { Numbers = row.Numbers.Take(columns).ToList() };
    }
}
