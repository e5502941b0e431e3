using System.Net;
using System.Text.RegularExpressions;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>Cleans a cell's text: HTML fragments some converters leave inside cells (<c>&lt;p&gt;…&lt;/p&gt;</c>, <c>&lt;br&gt;</c>, entities) removed, edges trimmed.</summary>
public static partial class CellText
{
    [GeneratedRegex(@"</?(?:p|br|span|div|b|i|strong|em|font)\b[^>]*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex TagPattern();

    public static string Clean(string cell)
    {
        var t = cell;
        if (t.IndexOf('<') >= 0) t = TagPattern().Replace(t, "");
        if (t.IndexOf('&') >= 0) t = WebUtility.HtmlDecode(t);
        return t.Trim();
    }
}
