using System.Text.RegularExpressions;

namespace BudgetLens.Recognition.Tables.Columns;

/// <summary>
/// One column a header can print: its contract key and the words that name it (matched on the header text with all
/// spaces and line breaks removed). A column with <see cref="GroupOf"/> is a sub-column printed under a group label;
/// a group label whose sub-columns are printed is not a column itself.
/// </summary>
public sealed record ColumnLabel(string Key, Regex Pattern, string? GroupOf = null)
{
    public static ColumnLabel Of(string key, string pattern, string? groupOf = null) =>
        new(key, new Regex(pattern, RegexOptions.CultureInvariant), groupOf);
}
