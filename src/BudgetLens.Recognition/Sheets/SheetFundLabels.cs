using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets;

/// <summary>
/// The printed labels of a target sheet's money and the <c>funds</c> keys of the contract they stand for
/// (年度资金总额/当年预算 → total, 上级资金 → superior, 基本支出 财政拨款 → basicFiscal …).
/// A label may carry its unit in brackets (当年预算（万元）), which is read off separately.
/// </summary>
public static partial class SheetFundLabels
{
    /// <summary>Which sheet the money belongs to: keys differ (a department's 基本支出 is a key, a project's is not).</summary>
    public enum SheetKind { Project, Department }

    private static readonly (string Label, string Key)[] Project =
    [
        ("年度资金申请总额", "total"), ("年度资金总额", "total"), ("年度资金", "total"), ("当年预算", "total"), ("年度预算", "total"), ("预算金额", "total"),
        ("资金总额", "total"), ("总额", "total"), ("总计", "total"),
        ("当年财政拨款", "fiscal"), ("财政拨款", "fiscal"), ("财政拨款资金", "fiscal"), ("财政资金", "fiscal"),
        ("财政专户拨款", "fiscalSpecialAccount"), ("财政专户", "fiscalSpecialAccount"), ("财政专户资金", "fiscalSpecialAccount"), ("专户资金", "fiscalSpecialAccount"),
        ("非财政拨款", "nonFiscal"), ("非财政资金", "nonFiscal"), ("其他资金", "other"), ("单位资金", "other"), ("上年结转", "carryover"), ("上年结转资金", "carryover"),
        ("上级资金", "superior"), ("上级补助", "superior"), ("本级资金", "local"), ("本级财政资金", "local"),
        ("项目资金总额", "projectTotal"),
    ];

    private static readonly (string Label, string Key)[] Department =
    [
        ("收入预算合计", "total"), ("预算收入合计", "total"), ("预算收入总额", "total"), ("收入合计", "total"), ("总计", "total"),
        ("财政拨款", "fiscal"), ("当年财政拨款", "fiscal"), ("财政拨款资金", "fiscal"), ("财政专户拨款", "fiscalSpecialAccount"), ("财政专户", "fiscalSpecialAccount"),
        ("财政专户资金", "fiscalSpecialAccount"), ("其他经费", "nonFiscal"), ("非财政拨款", "nonFiscal"), ("其他资金", "other"), ("单位资金", "other"),
        ("上年结转", "carryover"), ("上级资金", "superior"), ("本级资金", "local"),
        ("支出预算合计", "expenditureTotal"), ("预算支出总额", "expenditureTotal"), ("预算支出合计", "expenditureTotal"), ("支出合计", "expenditureTotal"),
        ("基本支出", "basic"), ("项目支出", "project"),
    ];

    /// <summary>Sub-column labels under a group heading (基本支出: 合计, 财政拨款 …) and the key suffix they add; null = no contract key.</summary>
    private static readonly (string Label, string? Suffix)[] GroupParts =
    [
        ("合计", ""), ("小计", ""), ("财政拨款", "Fiscal"), ("专户资金", null), ("财政专户", null), ("单位资金", null), ("其他资金", null),
    ];

    [GeneratedRegex(@"[（(]\s*(万元|元)\s*[)）]\s*$")]
    private static partial Regex UnitSuffix();

    /// <summary>A label without spaces, a leading 其中, colons and a trailing unit bracket; the unit it declares, if any.</summary>
    public static (string Label, Model.MoneyUnit? Unit) Clean(string printed)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(printed)).TrimEnd(':');
        if (t.StartsWith("其中", StringComparison.Ordinal) && t.Length > 2) t = t[2..].TrimStart(':');
        var m = UnitSuffix().Match(t);
        return m.Success ? (t[..m.Index], Model.MoneyUnits.Parse(m.Groups[1].Value)) : (t, null);
    }

    /// <summary>The funds key a printed label stands for on a sheet of this kind, or null.</summary>
    public static string? KeyOf(string printed, SheetKind kind)
    {
        var (label, _) = Clean(printed);
        foreach (var (l, k) in kind == SheetKind.Project ? Project : Department)
            if (label == l) return k;
        return null;
    }

    /// <summary>True when the label names money on a sheet of this kind (or is a sub-column heading such as 合计).</summary>
    public static bool IsFundsWord(string printed, SheetKind kind) => KeyOf(printed, kind) is not null || IsGroupPart(printed);

    public static bool IsGroupPart(string printed)
    {
        var (label, _) = Clean(printed);
        return GroupParts.Any(p => p.Label == label);
    }

    /// <summary>The key of a sub-column under a group (基本支出 + 财政拨款 → basicFiscal); null when the contract has none.</summary>
    public static string? KeyOfPart(string groupKey, string printedPart)
    {
        var (label, _) = Clean(printedPart);
        foreach (var (l, suffix) in GroupParts)
            if (label == l) return suffix is null ? null : groupKey + suffix;
        return null;
    }

    /// <summary>True for a key that is the sum of other columns (total, expenditureTotal, projectTotal).</summary>
    public static bool IsTotalKey(string? key) => key is "total" or "expenditureTotal" or "projectTotal";
}
