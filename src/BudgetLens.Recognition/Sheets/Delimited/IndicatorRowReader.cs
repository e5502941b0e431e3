using BudgetLens.Model;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Indicators;
using BudgetLens.Recognition.Tables.Delimited;

namespace BudgetLens.Recognition.Sheets.Delimited;

/// <summary>
/// Reads indicator rows of explicit cells under their header: levels carried down from merged cells above, and rows
/// shifted right by a duplicated or spilled merged cell put back under the header.
/// </summary>
public sealed class IndicatorRowReader(IndicatorColumns columns)
{
    private string? _level1;
    private string? _level2;

    public Indicator? Read(CellRow row)
    {
        var cells = Realign(row.Cells.ToList());
        string At(int c) => c >= 0 && c < cells.Count ? cells[c] : "";
        var name = At(columns.Name);
        var value = At(columns.Value);
        if (name.Length == 0 && value.Length == 0) return null;
        var level1 = At(columns.Level1);
        var level2 = At(columns.Level2);
        if (level1.Length > 0)
        {
            _level1 = level1;
            _level2 = level2.Length > 0 ? level2 : null;
        }
        else if (level2.Length > 0) _level2 = level2;
        return IndicatorFactory.Create(
            _level1, _level2, RowLabel.Clean(name), value, SourceLocation.AtLine(row.Line),
            periodText: At(columns.Period), weight: AmountParser.ParseOrNull(At(columns.Weight)),
            note: At(columns.Note), scoring: At(columns.Scoring));
    }

    /// <summary>
    /// When a row fills cells beyond the header's last column, it was shifted right: drop as many cells before the
    /// name column, first a cell repeating its left neighbour (a merged level printed twice), else an empty one.
    /// </summary>
    private List<string> Realign(List<string> cells)
    {
        int last = -1;
        for (int i = cells.Count - 1; i >= 0; i--) if (cells[i].Length > 0) { last = i; break; }
        int shift = last - columns.LastColumn;
        while (shift-- > 0)
        {
            int drop = -1;
            for (int i = Math.Min(columns.Name, cells.Count - 1); i > 0 && drop < 0; i--)
                if (cells[i].Length > 0 && cells[i] == cells[i - 1]) drop = i;
            for (int i = Math.Min(columns.Name, cells.Count - 1); i >= 0 && drop < 0; i--)
                if (cells[i].Length == 0) drop = i;
            if (drop < 0) break;
            cells.RemoveAt(drop);
        }
        return cells;
    }
}
