using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// The column labels of a multi-row header of explicit cells: per column its leaf (the lowest label printed in
/// it) and its parent (the labels of merged cells above, an empty cell belonging to the label on its left).
/// Labels are normalised (full-width folded, spaces removed) for matching.
/// </summary>
public sealed class HeaderColumns
{
    private HeaderColumns(string[] leaves, string[] parents)
    {
        Leaves = leaves;
        Parents = parents;
    }

    public IReadOnlyList<string> Leaves { get; }
    public IReadOnlyList<string> Parents { get; }
    public int Count => Leaves.Count;

    public static HeaderColumns From(IReadOnlyList<CellRow> headerRows, int width)
    {
        var leaves = new string[width];
        var parents = new string[width];
        for (int c = 0; c < width; c++)
        {
            leaves[c] = "";
            parents[c] = "";
            int leafRow = -1;
            for (int r = headerRows.Count - 1; r >= 0; r--)
            {
                var t = Normalize(headerRows[r][c]);
                if (t.Length == 0) continue;
                leaves[c] = t;
                leafRow = r;
                break;
            }
            var above = new List<string>();
            for (int r = 0; r < headerRows.Count; r++)
            {
                if (r == leafRow) break;
                var t = SpanLabel(headerRows[r], c);
                if (t.Length > 0) above.Add(t);
            }
            parents[c] = string.Join("/", above);
        }
        return new HeaderColumns(leaves, parents);
    }

    /// <summary>The label of the cell at a column, or of the merged cell it belongs to (the nearest filled cell on its left).</summary>
    private static string SpanLabel(CellRow row, int column)
    {
        for (int c = column; c >= 0; c--)
        {
            var t = Normalize(row[c]);
            if (t.Length > 0) return t;
        }
        return "";
    }

    public static string Normalize(string label) => TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(label));
}
