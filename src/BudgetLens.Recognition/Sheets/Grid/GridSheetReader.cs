using BudgetLens.Model;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// Reads one project target sheet from rows of explicit cells, independent of the syntax that carried them
/// (Markdown pipes, Excel, DOCX, HTML): the field rows (name, code, category, department, implementer, money,
/// goal) up to the indicator header, then one indicator per row.
/// </summary>
public static class GridSheetReader
{
    /// <param name="rows">The sheet's rows, in order (separator rows already left out).</param>
    /// <param name="titleLocation">Where the sheet's title is printed: the sheet's location starts there.</param>
    /// <param name="unit">The unit declared above the grid (单位：万元), if any; a unit cell in the grid also counts.</param>
    public static GridSheetResult Read(IReadOnlyList<GridRow> rows, SourceLocation titleLocation, MoneyUnit? unit)
    {
        var diagnostics = new List<Diagnostic>();
        var layout = new List<GridRow>();
        var values = new SheetFieldValues { Unit = unit };
        var fieldReader = new SheetFieldRowReader(values, diagnostics);
        var indicators = new List<Indicator>();
        IndicatorColumns? columns = null;
        IndicatorRowReader? indicatorReader = null;
        var location = titleLocation;
        foreach (var row in rows)
        {
            if (row.IsEmpty) { layout.Add(row); continue; }
            if (IndicatorColumns.FromHeader(row) is { } header)
            {
                columns = header;
                indicatorReader = new IndicatorRowReader(columns, diagnostics);
                layout.Add(row);
                continue;
            }
            if (columns is not null && indicators.Count == 0 && columns.TryRefine(row)) { layout.Add(row); continue; }
            location = location.Through(row.Location);
            if (indicatorReader is null || OpensWithFieldLabel(row)) { fieldReader.Read(row); continue; }
            if (indicatorReader.Read(row) is { } indicator) indicators.Add(indicator);
        }
        var sheet = new TargetSheet
        {
            Name = values[SheetFieldLabels.Field.Name],
            Code = values[SheetFieldLabels.Field.Code],
            Category = values[SheetFieldLabels.Field.Category],
            Department = values[SheetFieldLabels.Field.Department],
            Implementer = values[SheetFieldLabels.Field.Implementer],
            Unit = values.Unit,
            Funds = values.Funds,
            Goal = values[SheetFieldLabels.Field.Goal],
            Overview = values[SheetFieldLabels.Field.Overview],
            Basis = values[SheetFieldLabels.Field.Basis],
            Schedule = values[SheetFieldLabels.Field.Schedule],
            Contact = values[SheetFieldLabels.Field.Contact],
            Phone = values[SheetFieldLabels.Field.Phone],
            Indicators = indicators,
            Location = location,
        };
        return new GridSheetResult(sheet, layout, diagnostics);
    }

    /// <summary>A field row printed after the indicators (a goal below the table): its first filled cell is a field label.</summary>
    private static bool OpensWithFieldLabel(GridRow row)
    {
        var first = row.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        return first is not null && SheetFieldLabels.Of(first) is not null;
    }
}
