using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT010: the same indicator twice in one sheet.</summary>
public sealed class Pt010DuplicateIndicator : IRule
{
    public string Id => "PT010";
    public string TitleZh => "同一指标重复出现";
    public string TitleEn => "The same indicator twice in one sheet";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Within one sheet no 三级指标 name appears twice (names compared with white space removed and full-width signs folded). " +
        "One finding per repeated name, citing every occurrence. No tolerance. Passes: 故障排除率 once. " +
        "Fails: 故障排除率 under 质量指标 and again under 时效指标.";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet) =>
        sheet.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name)).GroupBy(i => PtSheets.Normalize(i.Name)).Where(g => g.Count() > 1)
            .Select(g => PtSheets.Make(this,
                $"{PtSheets.Label(sheet)}：指标「{g.First().Name}」出现 {g.Count()} 次（{string.Join("；", g.Select(i => i.Text))}）",
                $"{PtSheets.Label(sheet)}: the indicator \"{g.First().Name}\" appears {g.Count()} times ({string.Join("; ", g.Select(i => i.Text))})",
                g.Select(i => PtSheets.At(sheet, i, "name"))));
}
