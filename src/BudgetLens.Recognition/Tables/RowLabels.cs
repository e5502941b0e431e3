using System.Text;
using System.Text.RegularExpressions;
using BudgetLens.Model;

namespace BudgetLens.Recognition.Tables;

/// <summary>What a row's label says about the row: total or subtotal, ordinal level, the label's printed form.</summary>
public static partial class RowLabels
{
    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]")]
    private static partial Regex TopOrdinal();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SecondOrdinal();

    [GeneratedRegex(@"^\d+[、.．](?!\d)")]
    private static partial Regex ThirdOrdinal();

    public static bool HasTopOrdinal(string name) => TopOrdinal().IsMatch(name);

    /// <summary>合计, 总计, 本年收入合计, 收入总数 …: a grand-total label.</summary>
    public static bool IsTotal(string? name)
    {
        if (name is null) return false;
        var t = Compact(name);
        t = TopOrdinal().Replace(t, "");
        return t.EndsWith("合计", StringComparison.Ordinal) || t.EndsWith("总计", StringComparison.Ordinal) || t.EndsWith("总数", StringComparison.Ordinal);
    }

    public static bool IsSubtotal(string? name) => name is not null && (Compact(name) is "小计" || Compact(name).StartsWith("其中", StringComparison.Ordinal));

    /// <summary>1 for 一、, 2 for （一）, 3 for 1., else null.</summary>
    public static int? OrdinalLevel(string name)
    {
        if (TopOrdinal().IsMatch(name)) return 1;
        if (SecondOrdinal().IsMatch(name)) return 2;
        if (ThirdOrdinal().IsMatch(name)) return 3;
        return null;
    }

    /// <summary>The level of a classification code: 类/款/项 for 3/5/7 digits.</summary>
    public static int CodeLevel(string code) => code.Length switch { 3 => 1, 5 => 2, 7 => 3, _ => 1 };

    /// <summary>Level and role of a one-sided table's row.</summary>
    public static (int Level, string Role) Classify(string? code, string? name)
    {
        if (code is not null) return (CodeLevel(code), RowRoles.Item);
        if (IsTotal(name)) return (0, RowRoles.Total);
        if (IsSubtotal(name)) return (1, RowRoles.Subtotal);
        return (name is null ? 1 : OrdinalLevel(name) ?? 1, RowRoles.Item);
    }

    /// <summary>
    /// A label as printed: runs of white space made one space, and removed where they stand between two CJK
    /// characters (合  计 → 合计), since a converter spreads CJK labels but words are not spaced in Chinese.
    /// </summary>
    public static string Clean(string label)
    {
        var parts = label.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0 && !(IsCjk(sb[^1]) || IsCjk(p[0]))) sb.Append(' ');
            sb.Append(p);
        }
        return sb.ToString();
    }

    private static readonly char[] Whitespace = [' ', '\t', '\u00A0', '\u3000', '\u2002', '\u2003', '\u2009'];

    private static bool IsCjk(char c) => c >= '\u2E80' && !(c >= '\uFF01' && c <= '\uFF5E' && char.IsAsciiLetterOrDigit((char)(c - 0xFEE0)));

    /// <summary>The label without any white space.</summary>
    public static string Compact(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The label without its ordinal prefix (一、, （一）, 1.).</summary>
    public static string WithoutOrdinal(string name)
    {
        var t = Compact(name);
        t = TopOrdinal().Replace(t, "");
        t = SecondOrdinal().Replace(t, "");
        return ThirdOrdinal().Replace(t, "");
    }
}
