using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR004: the stated changes from last year of the parts add up to the stated change of the whole.</summary>
public sealed class Nar004ChangesAddUp : IRule
{
    public string Id => "NAR004";
    public string TitleZh => "分项增减额之和与总体增减额不符";
    public string TitleEn => "Changes of the parts do not add up to the change of the whole";
    public Severity Severity => Severity.Error;
    public string Description =>
        "Where the narrative states a whole's change from last year and the changes of all its listed parts (\"较上年预算安排增加/减少 X 万元\"), " +
        "the signed changes of the parts add up to the whole's. Tolerance: half a unit of the last printed digit of every change plus the whole's. " +
        "Passes: 基本支出 +522.75, 项目支出 −14685.45 under 减少 14162.7. " +
        "Fails: 003 line 73, +1044.91 + 0 + 0 + 0 − 14898 − 108.86 = −13961.95 under 减少 14162.7 (Δ 200.75).";

    public RuleOutcome Check(RuleContext context)
    {
        if (!NarrativeFindings.HasNarrative(context.Document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var breakdowns = NarrativeFindings.Breakdowns(NarrativeReader.Read(context.Document));
        return RuleOutcome.Of(breakdowns.Select(b => NarrativeFindings.SumOf(this, b, s => s.Change, "分项较上年增减", "changes of the parts", " 较上年增减")).OfType<Finding>());
    }
}
