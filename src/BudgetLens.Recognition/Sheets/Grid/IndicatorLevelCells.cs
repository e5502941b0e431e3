using BudgetLens.Recognition.Indicators;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// Decides which of a row's level cells (cells naming a 一级 or 二级 指标, wherever the converter put them) is the
/// level 1 and which the level 2. 成本指标 names both a level 1 and a level 2 of 产出指标: it is the level 2 when the
/// level 1 in force admits it and it stands in the level-2 column (as printed or after realigning the row), unless a
/// level-2 cell follows it.
/// </summary>
internal static class IndicatorLevelCells
{
    public static (string? Level1, string? Level2) Assign(
        IReadOnlyList<(int Column, string Text)> cells, string? level1InForce, int level2Column, int shift)
    {
        string? level1 = null, level2 = null;
        for (int i = 0; i < cells.Count; i++)
        {
            var (column, text) = cells[i];
            if (level1 is not null) { level2 ??= text; continue; }
            bool one = IndicatorLevels.IsLevel1(text), two = IndicatorLevels.IsLevel2(text);
            bool asLevel2 = two && (!one || ReadsAsLevel2(cells, i, level1InForce, level2Column, shift));
            if (asLevel2) level2 ??= text;
            else level1 = text;
        }
        return (level1, level2);
    }

    private static bool ReadsAsLevel2(IReadOnlyList<(int Column, string Text)> cells, int index, string? level1InForce, int level2Column, int shift)
    {
        if (index + 1 < cells.Count && IndicatorLevels.IsLevel2(cells[index + 1].Text) && !IndicatorLevels.IsLevel1(cells[index + 1].Text)) return false;
        var text = cells[index].Text;
        var inForce = IndicatorLevels.CanonicalLevel1(level1InForce);
        if (inForce is null || IndicatorLevels.CanonicalLevel2(inForce, text) is null) return false;
        int column = cells[index].Column;
        return Math.Max(column, column - shift) >= level2Column;
    }
}
