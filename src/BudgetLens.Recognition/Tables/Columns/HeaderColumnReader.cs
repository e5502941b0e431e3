using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tables.Columns;

/// <summary>
/// Reads which columns a header defines, in printed order, from the header's text however it was wrapped: the
/// lines are joined without spaces (a converter breaks 一般公共预算拨款收入 anywhere) and each label of the kind's
/// vocabulary is found once, most specific first. Sub-columns take the place of their printed group label.
/// </summary>
public static class HeaderColumnReader
{
    public static IReadOnlyList<string> Read(string kind, string headerText, string? side = null) =>
        Read(ColumnVocabulary.For(kind, side), headerText);

    public static IReadOnlyList<string> Read(IReadOnlyList<ColumnLabel> labels, string headerText)
    {
        var text = Flatten(headerText).ToCharArray();
        var found = new List<(string Key, int At, string? Group)>();
        foreach (var label in labels)
        {
            if (found.Any(f => f.Key == label.Key && f.Group == label.GroupOf)) continue;
            var m = label.Pattern.Match(new string(text));
            if (!m.Success) continue;
            found.Add((label.Key, m.Index, label.GroupOf));
            for (int i = m.Index; i < m.Index + m.Length; i++) text[i] = '\u0001';
        }
        var groups = found.Where(f => f.Group is not null).Select(f => f.Group!).ToHashSet();
        var columns = new List<(string Key, int At, int Sub)>();
        foreach (var f in found)
        {
            if (f.Group is null)
            {
                if (groups.Contains(f.Key)) continue;
                columns.Add((f.Key, f.At, 0));
            }
            else
            {
                var group = found.FirstOrDefault(g => g.Key == f.Group && g.Group is null);
                columns.Add(group.Key is null ? (f.Key, f.At, 0) : (f.Key, group.At, f.At + 1));
            }
        }
        return columns.OrderBy(c => c.At).ThenBy(c => c.Sub).Select(c => c.Key).Distinct().ToList();
    }

    /// <summary>The header text as one run of characters: normalised, no white space, no quotes.</summary>
    public static string Flatten(string text) =>
        TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(text)).Replace("“", "").Replace("”", "").Replace("\"", "");
}
