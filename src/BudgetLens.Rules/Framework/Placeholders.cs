using System.Text.RegularExpressions;
using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>
/// A placeholder sheet (rules.md PT005): its name, goal and indicator texts are one and the same code-shaped string
/// (GZIT2022-QM-N-A-045065, 31000120230101), or XXX/待填写. Such a sheet gets PT005 only; other rules skip it.
/// </summary>
public static partial class Placeholders
{
    [GeneratedRegex(@"^(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)$")]
    private static partial Regex CodeShape();

    private static readonly string[] FillerWords = ["XXX", "xxx", "待填写", "待定", "无"];

    public static bool IsPlaceholder(TargetSheet sheet)
    {
        var name = sheet.Name?.Trim();
        if (string.IsNullOrEmpty(name)) return false;
        if (FillerWords.Contains(name)) return true;
        if (!IsCodeShaped(name)) return false;
        var texts = new[] { sheet.Goal }.Concat(sheet.Indicators.SelectMany(i => new[] { i.Name, i.Text })).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim().TrimEnd('。'));
        return texts.All(t => t == name);
    }

    /// <summary>Letters mixed with digits, or a digit string of 8 or more.</summary>
    public static bool IsCodeShaped(string text) =>
        CodeShape().IsMatch(text) && text.Any(char.IsAsciiDigit) && (text.Any(char.IsAsciiLetter) || text.Count(char.IsAsciiDigit) >= 8);
}
