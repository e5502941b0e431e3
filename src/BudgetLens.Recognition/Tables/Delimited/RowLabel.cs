using System.Text;
using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>What a row's printed label says about the row: its cleaned name, whether it is a total, its ordinal depth.</summary>
public static partial class RowLabel
{
    [GeneratedRegex(@"^[一二三四五六七八九十]+\s*[、.．]")]
    private static partial Regex ChapterOrdinal();

    [GeneratedRegex(@"^[(（]\s*[一二三四五六七八九十]+\s*[)）]")]
    private static partial Regex ItemOrdinal();

    [GeneratedRegex(@"^\d+\s*[、.．](?!\d)")]
    private static partial Regex NumberOrdinal();

    /// <summary>The label as printed, with spaces inside CJK text removed (合  计 → 合计) and other runs made one space.</summary>
    public static string Clean(string label)
    {
        var t = Regex.Replace(label.Trim(), @"[\s\u00A0\u3000]+", " ");
        if (t.IndexOf(' ') < 0) return t;
        var sb = new StringBuilder(t.Length);
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] == ' ' && i > 0 && i + 1 < t.Length && (IsCjk(t[i - 1]) || IsCjk(t[i + 1]))) continue;
            sb.Append(t[i]);
        }
        return sb.ToString();
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF65';

    /// <summary>合计, 总计, 收入总计, 本年支出合计, 收入总数 …: a grand-total row.</summary>
    public static bool IsTotal(string name)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(name));
        return t.EndsWith("合计", StringComparison.Ordinal) || t.EndsWith("总计", StringComparison.Ordinal)
            || t.Length > 2 && t.EndsWith("总数", StringComparison.Ordinal);
    }

    /// <summary>小计 and 其中 rows.</summary>
    public static bool IsSubtotal(string name)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(name));
        return t.EndsWith("小计", StringComparison.Ordinal) || t.StartsWith("其中", StringComparison.Ordinal);
    }

    /// <summary>1 for 一、, 2 for (一), 3 for 1. / 1、, 0 for a label without ordinal.</summary>
    public static int OrdinalDepth(string name)
    {
        var t = TextNormalizer.Normalize(name).Trim();
        if (ChapterOrdinal().IsMatch(t)) return 1;
        if (ItemOrdinal().IsMatch(t)) return 2;
        if (NumberOrdinal().IsMatch(t)) return 3;
        return 0;
    }

    /// <summary>The label without its ordinal prefix.</summary>
    public static string WithoutOrdinal(string name)
    {
        var t = TextNormalizer.Normalize(name).Trim();
        foreach (var p in new[] { ChapterOrdinal(), ItemOrdinal(), NumberOrdinal() })
        {
            var m = p.Match(t);
            if (m.Success) return t[m.Length..].Trim();
        }
        return t;
    }
}
