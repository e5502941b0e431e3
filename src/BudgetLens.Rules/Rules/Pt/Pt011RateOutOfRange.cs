using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT011: a satisfaction, coverage or completion rate outside 0–100 %.</summary>
public sealed partial class Pt011RateOutOfRange : IRule
{
    [GeneratedRegex("率|满意度|覆盖面|比例|占比")]
    private static partial Regex RateName();

    public string Id => "PT011";
    public string TitleZh => "比率指标超出 0–100%";
    public string TitleEn => "Rate outside 0–100 %";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A rate (an indicator named …率, 满意度, 比例, 占比) stated in % lies between 0 and 100 inclusive (value and, for a range, its " +
        "upper bound). No tolerance: the bound is exact. Passes: 政府采购率 ≥ 100 %. Fails: 满意度 ≥ 120 %, 覆盖率 -5 %.";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        foreach (var i in sheet.Indicators.Where(i => PtSheets.Normalize(i.Unit) == "%" && RateName().IsMatch(i.Name ?? "")))
        {
            var outside = new[] { i.Value, i.ValueMax }.OfType<decimal>().Where(v => v is < 0m or > 100m).ToList();
            if (outside.Count == 0) continue;
            var value = outside[0];
            yield return PtSheets.Make(this,
                $"{PtSheets.Label(sheet)}：「{i.Name}」{i.Text}，比率 {Amounts.Show(value)}% 超出 0–100%",
                $"{PtSheets.Label(sheet)}: \"{i.Name}\" {i.Text}: the rate {Amounts.Show(value)} % lies outside 0–100 %",
                [PtSheets.At(sheet, i, "value", value)], value > 100m ? 100m : 0m, value);
        }
    }
}
