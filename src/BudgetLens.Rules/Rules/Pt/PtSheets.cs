using System.Globalization;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>What the PT rules share: the sheets they check (placeholders excluded), locations and the finding shape.</summary>
internal static class PtSheets
{
    public const string NoSheets = "no performance target sheet (项目/部门整体支出绩效目标表)";

    /// <summary>The document's target sheets without the placeholder sheets (those get PT005 only).</summary>
    public static IReadOnlyList<TargetSheet> Checked(RuleContext context) => context.Sheets.Where(s => !PlaceholderSheet.Is(s)).ToList();

    /// <summary>Runs a per-sheet check over the checked sheets, or says why it cannot run.</summary>
    public static RuleOutcome Run(RuleContext context, Func<TargetSheet, IEnumerable<Finding>> check)
    {
        var sheets = Checked(context);
        return sheets.Count == 0 ? RuleOutcome.NotApplicable(NoSheets) : RuleOutcome.Of(sheets.SelectMany(check));
    }

    public static string Label(TargetSheet sheet) => sheet.Name ?? "（未命名）";

    public static FindingLocation At(TargetSheet sheet, string? column = null, decimal? value = null) =>
        FindingLocation.At(sheet.Location, Label(sheet), null, column, value);

    public static FindingLocation At(TargetSheet sheet, Indicator indicator, string column = "value", decimal? value = null) =>
        FindingLocation.At(indicator.Location, Label(sheet), indicator.Name, column, value ?? (column == "value" ? indicator.Value : null));

    /// <summary>The budget of the sheet (funds.total) with its unit, or null when not printed.</summary>
    public static Money? Budget(TargetSheet sheet) =>
        sheet.Funds.GetValueOrDefault("total") is decimal total && sheet.Unit is MoneyUnit unit ? new Money(total, unit) : null;

    public static FindingLocation AtBudget(TargetSheet sheet) =>
        FindingLocation.At(sheet.FundsLocations?.GetValueOrDefault("total") ?? sheet.Location, Label(sheet), "年度资金总额", "funds.total",
            sheet.Funds.GetValueOrDefault("total"));

    /// <summary>Half a unit of the printed figure's last digit, in 元.</summary>
    public static decimal HalfUnitYuan(Money money) => Tolerance.HalfUnit(money.Amount) * money.Unit.Yuan();

    public static string Show(Money money) => Amounts.Show(money.Amount) + money.Unit.ToChinese();

    public static string Yuan(decimal yuan) => yuan.ToString("#,0.##", CultureInfo.InvariantCulture) + "元";

    /// <summary>The canonical 一级指标, or the printed one cleaned of numbering.</summary>
    public static string? Level1(Indicator indicator) => indicator.Level1 ?? Clean(indicator.Level1Raw);

    /// <summary>Strips numbering ("1-", "11-") and spaces and adds a missing 指标 suffix (document-json.md, canonical levels).</summary>
    public static string? Clean(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var s = string.Concat(printed.Where(c => !char.IsWhiteSpace(c)));
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > 0 && i < s.Length && s[i] is '-' or '、' or '.' or '．') s = s[(i + 1)..];
        return s.EndsWith("指标", StringComparison.Ordinal) ? s : s + "指标";
    }

    /// <summary>A cost indicator: 一级 成本指标 (new framework) or 二级 成本指标 under 产出 (old framework).</summary>
    public static bool IsCost(Indicator i) => Level1(i) == "成本指标" || i.Level2 == "成本指标" || Clean(i.Level2Raw) == "成本指标";

    /// <summary>Texts compared after removing white space and folding full-width comparators and signs.</summary>
    public static string Normalize(string? text) =>
        string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)).Select(c => c switch
        {
            '＝' => '=', '＞' => '>', '＜' => '<', '％' => '%', '（' => '(', '）' => ')', '，' => ',', _ => c,
        }));

    public static Finding Make(IRule rule, string message, string messageEn, IEnumerable<FindingLocation> locations, decimal? expected = null, decimal? actual = null) => new()
    {
        Rule = rule.Id,
        Severity = rule.Severity,
        Message = message,
        MessageEn = messageEn,
        Locations = [.. locations],
        Expected = expected,
        Actual = actual,
    };
}
