using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT003: a printed 二级指标 that does not belong under its 一级指标, repeats it, or is not in the framework.</summary>
public sealed class Pt003Level2Misplaced : IRule
{
    public string Id => "PT003";
    public string TitleZh => "二级指标不符合指标体系";
    public string TitleEn => "Level-2 indicator outside the framework";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A printed 二级指标 (level2Raw) must be a 二级指标 of its 一级指标 in the framework (数量/质量/时效/成本 under 产出; " +
        "经济效益/社会效益/生态效益/可持续影响 under 效益; 服务对象满意度 under 满意度; 经济/社会/生态环境成本 under 成本). The extractor " +
        "then gives level2; where it gives null the printed label repeats the 一级指标 or is outside the framework. One finding per printed " +
        "label (a merged cell over several rows is one label). No tolerance. Passes: 满意度指标 › 服务对象满意度指标. " +
        "Fails: 满意度指标 › 满意度指标; 产出指标 › 效果指标.";

    public RuleOutcome Check(RuleContext context) => PtSheets.Run(context, Check);

    private IEnumerable<Finding> Check(TargetSheet sheet)
    {
        var runs = new List<List<Indicator>>();
        Indicator? previous = null;
        foreach (var indicator in sheet.Indicators)
        {
            bool odd = indicator.Level2 is null && !string.IsNullOrWhiteSpace(indicator.Level2Raw);
            if (odd && previous is not null && runs.Count > 0 && runs[^1][^1] == previous
                && previous.Level2Raw == indicator.Level2Raw && PtSheets.Level1(previous) == PtSheets.Level1(indicator))
                runs[^1].Add(indicator);
            else if (odd) runs.Add([indicator]);
            previous = indicator;
        }
        foreach (var run in runs)
        {
            var first = run[0];
            var level1 = PtSheets.Level1(first) ?? "（无一级指标）";
            var printed = first.Level2Raw!.Trim();
            bool repeats = PtSheets.Clean(printed) == level1;
            var names = string.Join("、", run.Select(i => i.Name));
            yield return PtSheets.Make(this,
                repeats
                    ? $"{PtSheets.Label(sheet)}：二级指标「{printed}」重复一级指标 {level1}（{names}）"
                    : $"{PtSheets.Label(sheet)}：二级指标「{printed}」不是 {level1} 下的指标体系二级指标（{names}）",
                repeats
                    ? $"{PtSheets.Label(sheet)}: level-2 \"{printed}\" repeats its level-1 {level1} ({names})"
                    : $"{PtSheets.Label(sheet)}: level-2 \"{printed}\" is not a framework level-2 under {level1} ({names})",
                run.Select(i => PtSheets.At(sheet, i, "level2Raw")));
        }
    }
}
