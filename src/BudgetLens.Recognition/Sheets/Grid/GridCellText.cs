using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>The matching form of a cell: full-width folded, spaces removed, required-field stars (*三级指标) dropped.</summary>
internal static partial class GridCellText
{
    public static string Key(string cell) => TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(cell)).Trim('*');

    /// <summary>Cells joined with one space, blank cells skipped, runs of spaces made one.</summary>
    public static string? Join(IEnumerable<string> cells)
    {
        var parts = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (parts.Count == 0) return null;
        return SpaceRun().Replace(string.Join(' ', parts), " ");
    }

    [System.Text.RegularExpressions.GeneratedRegex("[ \u3000]{2,}")]
    private static partial System.Text.RegularExpressions.Regex SpaceRun();
}
