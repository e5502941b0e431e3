using System.Net;
using System.Text;

namespace BudgetLens.Writers;

/// <summary>Writes a layout as an HTML page as government sites publish it: each part's lines as paragraphs, its table with rowspan/colspan.</summary>
public static class HtmlWriter
{
    public static string Write(PublishedLayout layout)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(E(layout.Title)).Append("</title>\n<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 6px}td.n{text-align:right}</style>\n</head>\n<body>\n");
        foreach (var part in layout.Parts)
        {
            sb.Append("<div class=\"part\">\n");
            for (int i = 0; i < part.Before.Count; i++)
            {
                var tag = i == 0 && part.Rows.Count > 0 ? "h3" : "p";
                sb.Append('<').Append(tag).Append('>').Append(E(part.Before[i])).Append("</").Append(tag).Append(">\n");
            }
            if (part.Rows.Count > 0)
            {
                sb.Append("<table>\n");
                foreach (var row in part.Rows)
                {
                    sb.Append("<tr>");
                    foreach (var cell in row)
                    {
                        if (cell is null) continue;
                        var tag = cell.Header ? "th" : "td";
                        sb.Append('<').Append(tag);
                        if (cell.ColSpan > 1) sb.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
                        if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                        if (cell.Number is not null) sb.Append(" class=\"n\"");
                        sb.Append('>').Append(string.Join("<br>", cell.Text.Split('\n').Select(E))).Append("</").Append(tag).Append('>');
                    }
                    sb.Append("</tr>\n");
                }
                sb.Append("</table>\n");
            }
            sb.Append("</div>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
