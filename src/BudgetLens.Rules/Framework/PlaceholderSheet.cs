using System.Text.RegularExpressions;
using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>
/// A placeholder target sheet (rules.md PT005): its name, goal and indicator texts are one and the same code-shaped string
/// (000's `GZIT2022-QM-N-A-045065`, `31000120230101`), or only fillers such as `XXX` / `待填写`.
/// Such a sheet gets PT005 and no other PT finding.
/// </summary>
public static partial class PlaceholderSheet
{
    /// <summary>A code or identifier: no CJK, no spaces, a digit string of 8 or more, or letters mixed with digits.</summary>
    [GeneratedRegex(@"^(?:\d{8,}|(?=[A-Za-z0-9\-_./]*[A-Za-z])(?=[A-Za-z0-9\-_./]*\d)[A-Za-z0-9\-_./]{6,})$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"^(?:.*(?:[XxＸｘ]{3,}|待填写|待补充).*)$")]
    private static partial Regex Filler();

    public static bool IsCodeShaped(string? text) => text is not null && CodeShape().IsMatch(text.Trim());

    public static bool IsFiller(string? text) => text is not null && Filler().IsMatch(text.Trim());

    public static bool Is(TargetSheet sheet) => Reason(sheet) is not null;

    /// <summary>The repeated code or the filler that makes the sheet a placeholder, or null for a real sheet.</summary>
    public static string? Reason(TargetSheet sheet)
    {
        var texts = Texts(sheet).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
        if (texts.Count == 0 || string.IsNullOrWhiteSpace(sheet.Name)) return null;
        var name = sheet.Name.Trim();
        if (IsCodeShaped(name) && texts.All(t => t == name) && texts.Count > 1) return name;
        return texts.All(IsFiller) ? texts[0] : null;
    }

    private static IEnumerable<string?> Texts(TargetSheet sheet) =>
        new[] { sheet.Name, sheet.Goal }.Concat(sheet.Indicators.SelectMany(i => new[] { i.Name, i.Text }));
}
