using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// The column header of a 项目支出绩效目标表 overview: <c>项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标</c>.
/// It is recognised by its words (a project-name column, amount columns, and 绩效目标/绩效指标 columns), in any order and
/// with or without spaces between them; it yields the amount columns in printed order.
/// </summary>
public sealed class OverviewHeader
{
    /// <summary>Amount column words and their value keys; longest first where one word contains another.</summary>
    private static readonly (string Word, string Key)[] AmountColumns =
    [
        ("财政专户拨款", "fiscalSpecialAccount"), ("财政专户资金", "fiscalSpecialAccount"), ("财政专户", "fiscalSpecialAccount"),
        ("财政拨款", "fiscal"), ("其他资金", "other"), ("总计", "total"), ("合计", "total"),
    ];

    private OverviewHeader(IReadOnlyList<string> columns) => AmountKeys = columns;

    /// <summary>The value keys of the amount columns, in printed order.</summary>
    public IReadOnlyList<string> AmountKeys { get; }

    public static OverviewHeader? TryRead(string line)
    {
        if (!line.Contains('项')) return null; // cheap test first: 项目名称 is required (normalising leaves it as printed)
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(line));
        if (!t.Contains("项目名称", StringComparison.Ordinal)) return null;
        if (!t.Contains("绩效目标", StringComparison.Ordinal) && !t.Contains("绩效指标", StringComparison.Ordinal)) return null;
        var found = new List<(int At, int Length, string Key)>();
        foreach (var (word, key) in AmountColumns)
        {
            for (int at = t.IndexOf(word, StringComparison.Ordinal); at >= 0; at = t.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                if (found.Any(f => at < f.At + f.Length && f.At < at + word.Length)) continue;
                found.Add((at, word.Length, key));
            }
        }
        if (found.Count == 0) return null;
        var keys = found.OrderBy(f => f.At).Select(f => f.Key).Distinct().ToList();
        return new OverviewHeader(keys);
    }

    public static bool IsHeader(string line) => TryRead(line) is not null;

    /// <summary>The value key of one header cell that names an amount column (总计, 财政拨款, …) and nothing else; null otherwise.</summary>
    public static string? AmountKeyOf(string cell)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(cell));
        foreach (var (word, key) in AmountColumns)
            if (t == word) return key;
        return null;
    }
}
