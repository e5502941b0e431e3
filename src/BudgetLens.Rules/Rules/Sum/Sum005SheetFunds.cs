using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Sum;

/// <summary>SUM005: a sheet's funds add up as the sheet prints them.</summary>
public sealed class Sum005SheetFunds : IRule
{
    public string Id => "SUM005";
    public string TitleZh => "绩效目标表资金来源之和不等于总额";
    public string TitleEn => "Sheet funds do not add up";
    public Severity Severity => Severity.Error;
    public string Description =>
        "A target sheet's funds add up as printed: total = fiscal + fiscalSpecialAccount + nonFiscal/other + carryover, or total = superior + local + other; " +
        "projectTotal = projectFiscal + projectOther; department sheets: expenditureTotal = basic + project, basic = basicFiscal + …. " +
        "Blank printed parts count as 0; tolerance: the half units of all figures. Passes: 年度资金总额 2,795.52 = 财政拨款 2,795.52 + 非财政拨款 0.00. " +
        "Fails: 年度资金总额 80.00 with 财政拨款 70.00 and 非财政拨款 0.00.";

    /// <summary>Each total with the alternative sets of parts that may make it up; the first set the sheet prints is used.</summary>
    private static readonly (string Total, string[][] Alternatives)[] Identities =
    [
        ("total", [["fiscal", "fiscalSpecialAccount", "nonFiscal", "other", "carryover"], ["superior", "local", "other"]]),
        ("projectTotal", [["projectFiscal", "projectOther"]]),
        ("expenditureTotal", [["basic", "project"]]),
    ];

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = context.Sheets.Where(s => s.Funds.Count > 1 && !PlaceholderSheet.Is(s)).ToList();
        if (sheets.Count == 0) return RuleOutcome.NotApplicable("no sheet with funds and their parts");
        return RuleOutcome.Of(sheets.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        foreach (var (total, alternatives) in Identities)
        {
            if (!sheet.Funds.ContainsKey(total)) continue;
            var parts = alternatives.Select(a => a.Where(sheet.Funds.ContainsKey).ToArray()).FirstOrDefault(a => a.Length > 0);
            // superior + local + other: "other" belongs to the second set only when superior or local is printed
            if (parts is null) continue;
            if (total == "total" && parts.All(p => p == "other") && (sheet.Funds.ContainsKey("superior") || sheet.Funds.ContainsKey("local")))
                parts = alternatives[1].Where(sheet.Funds.ContainsKey).ToArray();
            if (sheet.Funds[total] is null && parts.All(p => sheet.Funds[p] is null)) continue;
            var finding = SumFindings.Compare(this, Fund(sheet, total), [.. parts.Select(p => Fund(sheet, p))], string.Join(" + ", parts), string.Join(" + ", parts));
            if (finding is not null) yield return finding;
        }
    }

    private static Figure Fund(TargetSheet sheet, string key) =>
        new(sheet.Funds.GetValueOrDefault(key), sheet.Name ?? "(未命名)", key, sheet.FundsLocations?.GetValueOrDefault(key) ?? sheet.Location, "绩效目标表");
}
