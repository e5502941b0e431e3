using BudgetLens.Recognition.Sheets.NumberedLines;

namespace BudgetLens.Recognition.Sheets.OverviewCells;

/// <summary>
/// A 绩效指标 cell of an overview: numbered indicators (<c>1、1-产出指标；11-数量指标；…。</c>) one after another, separated
/// by the cell's line breaks (read as spaces) or nothing. Splits it where a numbered indicator starts (at the cell's start,
/// or after white space or a closing <c>。</c>); each piece is read by <see cref="NumberedIndicator"/>.
/// </summary>
public static class IndicatorCell
{
    public static List<string> Split(string cell)
    {
        var pieces = new List<string>();
        int start = -1;
        for (int i = 0; i < cell.Length; i++)
        {
            bool boundary = i == 0 || char.IsWhiteSpace(cell[i - 1]) || cell[i - 1] == '。';
            if (!boundary || char.IsWhiteSpace(cell[i]) || !NumberedIndicator.StartsAt(cell[i..])) continue;
            if (start >= 0) pieces.Add(cell[start..i].Trim());
            start = i;
        }
        if (start >= 0) pieces.Add(cell[start..].Trim());
        return pieces;
    }
}
