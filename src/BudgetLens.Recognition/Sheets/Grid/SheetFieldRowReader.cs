using System.Globalization;
using BudgetLens.Model;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// Reads the rows above a sheet's indicator table: label cells (项目名称, 主管部门, 年度资金总额 …) and the value
/// cell after each. A value whose label cell is blank belongs to the label printed in that column on a row above
/// (a label cell merged over several rows): a second 一级项目名称, a 其中 line, a continued goal.
/// </summary>
internal sealed class SheetFieldRowReader
{
    private readonly SheetFieldValues _values;
    private readonly List<Diagnostic> _diagnostics;
    private Dictionary<int, GridLabel> _labelsAbove = [];

    public SheetFieldRowReader(SheetFieldValues values, List<Diagnostic> diagnostics)
    {
        _values = values;
        _diagnostics = diagnostics;
    }

    public void Read(GridRow row)
    {
        GridLabel? pending = null;
        bool pendingFilled = false, pendingInherited = false;
        var labelsHere = new Dictionary<int, GridLabel>();
        for (int c = 0; c < row.Count; c++)
        {
            var cell = row[c];
            if (cell.Length == 0) continue;
            if (GridLabel.Of(cell) is { } label)
            {
                Flush();
                pending = label;
                pendingFilled = pendingInherited = false;
                labelsHere[c] = label;
                continue;
            }
            if (LayoutMarker.UnitDeclared(Readers.Text.TextNormalizer.Normalize(cell)) is { } unit)
            {
                _values.Unit ??= unit;
                continue;
            }
            if (pending is not null && !pendingFilled)
            {
                Assign(row, pending, cell, pendingInherited);
                pendingFilled = true;
                continue;
            }
            if (pending is null && InheritedLabel(row, c) is { } above)
            {
                pending = above;
                pendingInherited = true;
                Assign(row, above, cell, continuation: true);
                pendingFilled = true;
                continue;
            }
            if (!SheetGroupLabels.IsGroupLabel(cell))
                _diagnostics.Add(At(row, ExtractionDiagnostics.Skipped(row.Location.Line ?? 0, cell, "目标表字段区的单元格未识别 / cell of the sheet's field rows not recognised")));
        }
        Flush();
        foreach (var c in Enumerable.Range(0, row.Count).Where(c => !row.IsBlank(c))) _labelsAbove.Remove(c);
        foreach (var (c, label) in labelsHere) _labelsAbove[c] = label;

        void Flush()
        {
            if (pending?.FundKey is { } key && !pendingFilled) _values.SetFund(key, null, out _);
            pending = null;
        }
    }

    /// <summary>The label printed above in a column left of the cell, where this row's cell is blank (a merged label cell).</summary>
    private GridLabel? InheritedLabel(GridRow row, int column)
    {
        for (int c = column - 1; c >= 0; c--)
        {
            if (!row.IsBlank(c)) return null;
            if (_labelsAbove.TryGetValue(c, out var label)) return label;
        }
        return null;
    }

    private void Assign(GridRow row, GridLabel label, string cell, bool continuation)
    {
        int line = row.Location.Line ?? 0;
        if (label.Field is { } field)
        {
            if (_values.SetField(field, cell, continuation) is { } first)
                _diagnostics.Add(At(row, ExtractionDiagnostics.DuplicateField(line, label.Printed, first, cell)));
            return;
        }
        var amount = AmountParser.ParseOrNull(cell);
        if (amount is null)
            _diagnostics.Add(At(row, ExtractionDiagnostics.Skipped(line, cell, $"“{label.Printed}”的金额无法读取 / amount not readable")));
        var kept = _values.SetFund(label.FundKey!, amount, out bool duplicate);
        if (duplicate)
            _diagnostics.Add(At(row, ExtractionDiagnostics.DuplicateField(line, label.Printed,
                kept?.ToString(CultureInfo.InvariantCulture) ?? "", cell)));
    }

    private static Diagnostic At(GridRow row, Diagnostic diagnostic) => diagnostic with { Location = row.Location };
}
