using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Pt;

/// <summary>PT005: a placeholder sheet (name, goal and indicator texts one and the same code, or XXX/待填写).</summary>
public sealed class Pt005PlaceholderSheet : IRule
{
    public string Id => "PT005";
    public string TitleZh => "绩效目标表为占位内容";
    public string TitleEn => "Placeholder target sheet";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A sheet whose name, goal and indicator texts are one and the same code-shaped string (a digit string of 8 or more, or letters " +
        "mixed with digits), or only fillers (XXX, 待填写), was published unfilled. Such a sheet gets this finding and no other PT finding. " +
        "No tolerance. Passes: a sheet with a real name, goal and indicators. Fails: 000 line 332 GZIT2022-QM-N-A-045065 as name, goal, " +
        "indicator and value.";

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = context.Sheets.ToList();
        if (sheets.Count == 0) return RuleOutcome.NotApplicable(PtSheets.NoSheets);
        return RuleOutcome.Of(sheets.Select(s => (Sheet: s, Reason: PlaceholderSheet.Reason(s))).Where(x => x.Reason is not null)
            .Select(x => PtSheets.Make(this,
                $"{PtSheets.Label(x.Sheet)}：项目名称、绩效目标和指标均为「{x.Reason}」，绩效目标表未填写",
                $"{PtSheets.Label(x.Sheet)}: name, goal and indicators are all \"{x.Reason}\"; the target sheet was not filled in",
                [PtSheets.At(x.Sheet), .. x.Sheet.Indicators.Select(i => PtSheets.At(x.Sheet, i, "text"))])));
    }
}
