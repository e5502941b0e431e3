using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT006: a sheet whose weights depart from the document's convention (100, or 90 keeping 10 for 预算执行率).</summary>
public sealed class Pt006WeightConvention : IRule
{
    private static readonly decimal[] Conventions = [100m, 90m];

    public string Id => "PT006";
    public string TitleZh => "指标权重不符合惯例";
    public string TitleEn => "Weights depart from the document's convention";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Among sheets of one kind (project sheets; department sheets) the weights (权重/分值) sum to the document's convention: the " +
        "sum most of them share, when that is 100 or 90 (10 kept for 预算执行率); without such a majority, 100 or 90. Weights are " +
        "printed exactly, so no tolerance. Passes: 001's ten project sheets all at 90 and its department sheet at 100. Fails: one " +
        "project sheet at 85 among siblings at 90.";

    public RuleOutcome Check(RuleContext context)
    {
        var checkedSheets = PtSheets.Checked(context);
        var groups = new[] { context.Document.Projects, context.Document.DepartmentTargets }
            .Select(g => g.Where(checkedSheets.Contains).Where(s => s.Indicators.Any(i => i.Weight is not null)).ToList())
            .Where(g => g.Count > 0).ToList();
        if (groups.Count == 0) return RuleOutcome.NotApplicable("no sheet prints weights (权重)");
        return RuleOutcome.Of(groups.SelectMany(Check));
    }

    private IEnumerable<Finding> Check(List<TargetSheet> sheets)
    {
        var sums = sheets.ToDictionary(s => s, s => s.Indicators.Sum(i => i.Weight ?? 0m));
        var majority = sums.Values.GroupBy(v => v).OrderByDescending(g => g.Count()).First();
        bool hasConvention = majority.Count() * 2 > sheets.Count && Conventions.Contains(majority.Key) && sheets.Count > 1;
        foreach (var sheet in sheets)
        {
            var sum = sums[sheet];
            if (hasConvention ? sum == majority.Key : Conventions.Contains(sum)) continue;
            var expected = hasConvention ? majority.Key : 100m;
            var why = hasConvention ? $"同类 {majority.Count()}/{sheets.Count} 张表合计 {Amounts.Show(majority.Key)}" : "应为 100 或 90";
            var whyEn = hasConvention ? $"{majority.Count()} of {sheets.Count} sibling sheets sum to {Amounts.Show(majority.Key)}" : "expected 100 or 90";
            yield return PtSheets.Make(this,
                $"{PtSheets.Label(sheet)}：指标权重合计 {Amounts.Show(sum)}，{why}",
                $"{PtSheets.Label(sheet)}: weights sum to {Amounts.Show(sum)}; {whyEn}",
                [PtSheets.At(sheet, "weight", sum), .. sheet.Indicators.Where(i => i.Weight is not null).Select(i => PtSheets.At(sheet, i, "weight", i.Weight))],
                expected, sum);
        }
    }
}
