using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT009: an indicator's annual value and implementation-period value disagree.</summary>
public sealed class Pt009PeriodAnnualDisagree : IRule
{
    public string Id => "PT009";
    public string TitleZh => "年度指标值与实施周期指标值不一致";
    public string TitleEn => "Annual and implementation-period values disagree";
    public Severity Severity => Severity.Info;
    public string Description =>
        "Where a sheet prints both 实施周期指标值 and 年度指标值, they are compared as printed (white space removed, full-width signs " +
        "folded: ＞ = >, ＝ = =); a different comparator, number or unit is advice to check which one is meant. No tolerance. " +
        "Passes: 实施周期指标值:≥90%；年度指标值:≥90%. Fails: 实施周期指标值:≥90%；年度指标值:＞90% (000 line 90).";

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = PtSheets.Checked(context);
        if (sheets.Count == 0) return RuleOutcome.NotApplicable(PtSheets.NoSheets);
        if (!sheets.Any(s => s.Indicators.Any(i => i.PeriodText is not null))) return RuleOutcome.NotApplicable("no indicator prints an implementation-period value (实施周期指标值)");
        return RuleOutcome.Of(sheets.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(TargetSheet sheet) =>
        sheet.Indicators.Where(i => i.PeriodText is not null && i.Text is not null && PtSheets.Normalize(i.PeriodText) != PtSheets.Normalize(i.Text))
            .Select(i => PtSheets.Make(this,
                $"{PtSheets.Label(sheet)}：「{i.Name}」实施周期指标值「{i.PeriodText}」≠ 年度指标值「{i.Text}」",
                $"{PtSheets.Label(sheet)}: \"{i.Name}\" has implementation-period value \"{i.PeriodText}\" but annual value \"{i.Text}\"",
                [PtSheets.At(sheet, i, "periodText"), PtSheets.At(sheet, i, "text")]));
}
