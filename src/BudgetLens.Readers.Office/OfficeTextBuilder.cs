using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Office;

/// <summary>
/// Turns what an office reader found (paragraphs, tables of cells) into numbered source lines: a paragraph is one line;
/// a table row is one line with its cells joined by TAB and their addresses in the origin. A table row holding a single
/// filled cell before the first or after the last row of several cells (a title, 单位：万元, a note printed inside the
/// table's frame) is a plain line, since that is what it is on the page; after the last such row only a cell spanning
/// several columns or a note (注：…) is, so that the 合计 and category rows of a table that prints no amount stay rows.
/// </summary>
public sealed class OfficeTextBuilder
{
    private readonly List<SourceLine> _lines = [];

    public IReadOnlyList<SourceLine> Lines => _lines;

    public void AddText(string text, LineOrigin? origin = null)
    {
        foreach (var piece in text.Replace("\r\n", "\n").Split('\n'))
            _lines.Add(new SourceLine(_lines.Count + 1, Clean(piece).TrimEnd(), origin));
    }

    public void AddBlank() => _lines.Add(new SourceLine(_lines.Count + 1, ""));

    public void AddGrid(CellGrid grid, string? sheet = null)
    {
        var rows = grid.Rows.Select(r => r.Select(c => c with { Text = Clean(c.Text).Trim() }).ToList()).ToList();
        int Filled(List<GridCell> r) => r.Count(c => c.Text.Length > 0);
        int first = rows.FindIndex(r => Filled(r) >= 2), last = rows.FindLastIndex(r => Filled(r) >= 2);
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            int filled = Filled(row);
            if (filled == 0) { AddBlank(); continue; }
            if (filled == 1 && (first < 0 || i < first || i > last && IsTrailingText(row.First(c => c.Text.Length > 0))))
            {
                var only = row.First(c => c.Text.Length > 0);
                _lines.Add(new SourceLine(_lines.Count + 1, only.Text, Origin(sheet, only.Address is null ? null : [only.Address])));
                continue;
            }
            int end = row.FindLastIndex(c => c.Text.Length > 0);
            var cells = row.Take(end + 1).ToList();
            // a one-cell row inside the table still needs a tab to be read as a row of cells
            var text = string.Join('\t', cells.Select(c => c.Text)) + (cells.Count == 1 ? "\t" : "");
            _lines.Add(new SourceLine(_lines.Count + 1, text, Origin(sheet, cells.Select(c => c.Address).ToList())));
        }
    }

    private static bool IsTrailingText(GridCell cell) =>
        cell.ColSpan > 1 || cell.Text.StartsWith('注') || cell.Text.StartsWith("说明", StringComparison.Ordinal) || cell.Text.StartsWith("备注", StringComparison.Ordinal);

    private static LineOrigin? Origin(string? sheet, IReadOnlyList<string?>? cells) =>
        sheet is null && (cells is null || cells.All(c => c is null)) ? null : new LineOrigin { Sheet = sheet, Cells = cells is not null && cells.Any(c => c is not null) ? cells : null };

    /// <summary>Tabs and line breaks inside a cell or paragraph become spaces (a tab would split the cell); runs of spaces made one.</summary>
    public static string Clean(string text)
    {
        if (text.IndexOfAny(['\t', '\r', '\n', '\v', '\u00A0']) < 0 && !text.Contains("  ")) return text;
        var chars = text.Select(c => c is '\t' or '\r' or '\n' or '\v' or '\u00A0' ? ' ' : c).ToArray();
        return System.Text.RegularExpressions.Regex.Replace(new string(chars), " {2,}", " ");
    }
}
