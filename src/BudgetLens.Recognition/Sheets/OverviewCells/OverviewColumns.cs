using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Sheets.NumberedLines;

namespace BudgetLens.Recognition.Sheets.OverviewCells;

/// <summary>
/// The header row of a 项目支出绩效目标表 overview printed as cells: a cell naming the project (项目名称, 项目名称（资金使用单位）),
/// one cell per amount column (总计, 财政拨款, 财政专户拨款, 其他资金; any of them, in any order), and a 绩效目标 and/or
/// 绩效指标 cell. Gives each column's position.
/// </summary>
public sealed record OverviewColumns(int Name, IReadOnlyList<(int Column, string Key)> Amounts, int? Goal, int? Indicators)
{
    public static OverviewColumns? TryRead(IReadOnlyList<string> cells)
    {
        int? name = null, goal = null, indicators = null;
        var amounts = new List<(int, string)>();
        for (int c = 0; c < cells.Count; c++)
        {
            var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(cells[c]));
            if (t.Length == 0) continue;
            if (t.StartsWith("项目名称", StringComparison.Ordinal)) name ??= c;
            else if (t.StartsWith("绩效目标", StringComparison.Ordinal)) goal ??= c;
            else if (t.StartsWith("绩效指标", StringComparison.Ordinal)) indicators ??= c;
            else if (OverviewHeader.AmountKeyOf(t) is { } key && amounts.All(a => a.Item2 != key)) amounts.Add((c, key));
            else return null;
        }
        if (name is null || amounts.Count == 0 || goal is null && indicators is null) return null;
        return new OverviewColumns(name.Value, amounts, goal, indicators);
    }

    /// <summary>The cell at a column, or "" where the row is shorter.</summary>
    public static string At(IReadOnlyList<string> cells, int? column) =>
        column is int c && c < cells.Count ? cells[c].Trim() : "";
}
