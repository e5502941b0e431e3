using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>The matching form of a cell: full-width folded, spaces removed, required-field stars (*三级指标) dropped.</summary>
internal static partial class GridCellText
{
    public static string Key(string cell) => TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(cell)).Trim('*');

    /// <summary>Cells joined with one space, blank cells skipped, runs of spaces made one.</summary>
    public static string? Join(IEnumerable<string> cells)
    {
        string? joined = null;
        foreach (var cell in cells)
        {
            var part = cell.Trim();
            if (part.Length > 0) joined = joined is null ? part : string.Concat(joined, " ", part);
        }
        return joined is null ? null : SpaceRun().Replace(joined, " ");
    }

    [System.Text.RegularExpressions.GeneratedRegex("[ \u3000]{2,}")]
    private static partial System.Text.RegularExpressions.Regex SpaceRun();
}
