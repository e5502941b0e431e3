namespace BudgetLens.Recognition.Indicators;

/// <summary>Canonical 一级/二级指标 names of the performance-indicator framework, and the rules that map printed forms to them.</summary>
public static class IndicatorLevels
{
    private static readonly Dictionary<string, string[]> Framework = new()
    {
        ["产出指标"] = ["数量指标", "质量指标", "时效指标", "成本指标"],
        ["效益指标"] = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
        ["满意度指标"] = ["服务对象满意度指标"],
        ["成本指标"] = ["经济成本指标", "社会成本指标", "生态环境成本指标"],
    };

    public static IEnumerable<string> Level1Names => Framework.Keys;

    /// <summary>Strips numbering ("1-", "11-", "1、") and white space, adds a missing 指标 suffix.</summary>
    public static string Clean(string printed)
    {
        var s = Readers.Text.TextNormalizer.RemoveSpaces(Readers.Text.TextNormalizer.Normalize(printed));
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > 0 && i < s.Length && s[i] is '-' or '、' or '.' or '．') s = s[(i + 1)..];
        if (s.Length > 0 && !s.EndsWith("指标", StringComparison.Ordinal)) s += "指标";
        return s;
    }

    /// <summary>The canonical level-1 name, or null when the printed text is not a level-1 indicator.</summary>
    public static string? CanonicalLevel1(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = Clean(printed);
        return Framework.ContainsKey(s) ? s : null;
    }

    /// <summary>The canonical level-2 name under its level 1; null when it repeats the level 1 or is not in the framework.</summary>
    public static string? CanonicalLevel2(string? level1, string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = Clean(printed);
        if (level1 is not null && s == level1) return null;
        if (level1 is not null && Framework.TryGetValue(level1, out var children)) return children.Contains(s) ? s : null;
        return Framework.Values.Any(v => v.Contains(s)) ? s : null;
    }

    /// <summary>True when the printed text names a level-2 indicator of any level 1.</summary>
    public static bool IsLevel2(string? printed) =>
        !string.IsNullOrWhiteSpace(printed) && Framework.Values.Any(v => v.Contains(Clean(printed)));

    public static bool IsLevel1(string? printed) => CanonicalLevel1(printed) is not null;
}
