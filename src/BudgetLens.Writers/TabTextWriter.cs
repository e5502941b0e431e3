using System.Text;

namespace BudgetLens.Writers;

/// <summary>Writes a layout as text: lines as they are, table rows as TAB-separated cells (what the office readers produce).</summary>
public static class TabTextWriter
{
    public static string Write(PublishedLayout layout)
    {
        var sb = new StringBuilder();
        foreach (var part in layout.Parts)
        {
            foreach (var line in part.Before) sb.Append(line).Append('\n');
            foreach (var row in part.Rows)
            {
                // a line break inside a cell is a space, as the office readers give it
                var cells = row.Select(c => (c?.Text ?? "").Replace('\n', ' ')).ToList();
                int end = cells.FindLastIndex(c => c.Length > 0);
                sb.Append(string.Join('\t', cells.Take(end + 1))).Append(end == 0 ? "\t" : "").Append('\n');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
