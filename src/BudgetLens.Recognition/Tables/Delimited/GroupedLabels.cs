using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// A label printed over two columns (收入预算总表 as a list): the left column holds the block heading, merged down
/// its rows (一般公共预算资金, 其他资金), the right column the item (小计, 事业收入). Each row's name is its item and
/// its <c>group</c> the heading above it; a row whose label spans both columns (收入总计) has no group.
/// </summary>
public sealed class GroupedLabels
{
    private string? _current;

    /// <summary>
    /// The column right of the label column that holds the items: it has no header label and no amounts, and its
    /// cells hold text on data rows. -1 when the table has no such column.
    /// </summary>
    public static int SubLabelColumn(CellTableParts parts, int nameColumn, IReadOnlyList<(int Column, string Key)> valueColumns)
    {
        if (nameColumn < 0) return -1;
        int c = nameColumn + 1;
        if (c >= parts.Width || valueColumns.Any(v => v.Column == c)) return -1;
        if (parts.Header.Any(h => h[c].Length > 0)) return -1;
        int texts = parts.Data.Count(r => r[c].Length > 0 && !AmountParser.TryParse(r[c], out _));
        int amounts = parts.Data.Count(r => r[c].Length > 0 && AmountParser.TryParse(r[c], out _));
        return texts >= 2 && amounts == 0 ? c : -1;
    }

    /// <summary>The group and the name of the next row, from its two label cells.</summary>
    public (string? Group, string Name) Next(string groupCell, string itemCell)
    {
        if (itemCell.Length == 0)
        {
            _current = null;
            return (null, groupCell);
        }
        if (groupCell.Length > 0) _current = RowLabel.Clean(groupCell);
        return (_current, itemCell);
    }
}
