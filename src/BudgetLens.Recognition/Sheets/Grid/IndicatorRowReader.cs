using BudgetLens.Model;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Indicators;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// Reads the rows of an indicator table into indicators, realigning cells a converter shifted by what they hold:
/// the leading cells that name a 一级/二级 指标 are the levels, the first other cell is the 三级指标 name, and the
/// cells after it fill the value, note, weight … columns in header order, counted from the name. When the value
/// columns come out blank while later columns hold text, the value moved right (or left with the name): the first
/// filled cell after the name is the value. Blank level cells inherit the levels of the row above.
/// </summary>
internal sealed class IndicatorRowReader
{
    private readonly IndicatorColumns _columns;
    private readonly List<Diagnostic> _diagnostics;
    private string? _level1Raw, _level2Raw;

    public IndicatorRowReader(IndicatorColumns columns, List<Diagnostic> diagnostics)
    {
        _columns = columns;
        _diagnostics = diagnostics;
    }

    /// <summary>The indicator a row holds, or null for a row without a 三级指标 (a blank row, or levels only).</summary>
    public Indicator? Read(GridRow row)
    {
        var levelCells = new List<(int Column, string Text)>();
        int nameColumn = -1;
        for (int c = 0; c < row.Count; c++)
        {
            if (row.IsBlank(c)) continue;
            if (IsLevelCell(row[c], c, levelCells.Count)) { levelCells.Add((c, row[c])); continue; }
            nameColumn = c;
            break;
        }
        int nameHeader = _columns.Name >= 0 ? _columns.Name : _columns.Level2 + 1;
        int shift = nameColumn >= 0 ? nameColumn - nameHeader : 0;
        UpdateLevels(levelCells, shift);
        if (nameColumn < 0) return null;

        var valueColumns = _columns.ColumnsOf(IndicatorColumnRole.Value);
        if (valueColumns.Count > 0 && valueColumns.All(v => row.IsBlank(v + shift)))
        {
            int firstFilled = Enumerable.Range(nameColumn + 1, Math.Max(0, row.Count - nameColumn - 1)).FirstOrDefault(c => !row.IsBlank(c), -1);
            if (firstFilled >= 0) shift = firstFilled - valueColumns[0];
        }
        ReportUnplaced(row, nameColumn, shift);
        string? Cells(IndicatorColumnRole role) => GridCellText.Join(_columns.ColumnsOf(role).Select(c => row[c + shift]));
        var weightText = Cells(IndicatorColumnRole.Weight);
        return IndicatorFactory.Create(
            _level1Raw, _level2Raw, row[nameColumn], Cells(IndicatorColumnRole.Value), row.Location,
            periodText: Cells(IndicatorColumnRole.Period),
            weight: weightText is null ? null : AmountParser.ParseOrNull(weightText.TrimEnd('%', '分')),
            note: Cells(IndicatorColumnRole.Note),
            scoring: Cells(IndicatorColumnRole.Scoring));
    }

    /// <summary>A cell naming a level, before the name: at most two per row; a word without the 指标 suffix only in the level columns.</summary>
    private bool IsLevelCell(string cell, int column, int found)
    {
        if (found >= 2 || column > Math.Max(_columns.Name, _columns.Level2 + 1)) return false;
        if (!IndicatorLevels.IsLevel1(cell) && !IndicatorLevels.IsLevel2(cell)) return false;
        return GridCellText.Key(cell).EndsWith("指标", StringComparison.Ordinal) || column <= _columns.Level2;
    }

    private void UpdateLevels(List<(int Column, string Text)> levelCells, int shift)
    {
        if (levelCells.Count == 0) return;
        var (level1, level2) = IndicatorLevelCells.Assign(levelCells, _level1Raw, _columns.Level2, shift);
        if (level1 is not null)
        {
            _level1Raw = level1;
            _level2Raw = level2;
        }
        else _level2Raw = level2;
    }

    /// <summary>Text after the name that falls in no column of the header is reported, never dropped silently.</summary>
    private void ReportUnplaced(GridRow row, int nameColumn, int shift)
    {
        for (int c = nameColumn + 1; c < row.Count; c++)
        {
            if (row.IsBlank(c)) continue;
            var role = _columns.RoleAt(c - shift);
            if (role is IndicatorColumnRole.Value or IndicatorColumnRole.Period or IndicatorColumnRole.Weight or IndicatorColumnRole.Note or IndicatorColumnRole.Scoring) continue;
            _diagnostics.Add(ExtractionDiagnostics.Skipped(row.Location.Line ?? 0, row[c], "指标行的单元格不在任何表头列下 / indicator cell outside the header's columns") with { Location = row.Location });
        }
    }
}
