using System.Globalization;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR002: a whole the narrative states with its parts equals the sum of the parts, in amount and in count.</summary>
public sealed class Nar002PartsAddUp : IRule
{
    public string Id => "NAR002";
    public string TitleZh => "叙述中的合计与其分项不符";
    public string TitleEn => "Narrative whole differs from its stated parts";
    public Severity Severity => Severity.Error;
    public string Description =>
        "A whole stated in the narrative with its parts (\"其中：…\", \"按…划分：…\") equals the sum of the parts, in amount and in count " +
        "(lists with at least two parts, every part classified and stated in the same unit). Tolerance: half a unit of the last printed digit " +
        "of every amount summed plus the whole's; counts exactly. " +
        "Passes: 三公 213.24 万元 = 0 + 209.94 + 3.3 + 0. Fails: \"项目预算金额合计 5083.74 万元\" with 629.3 + 350 + 4101.44 = 5080.74 (Δ 3.00); \"项目 4 个\" with 3 + 1 + 3 = 7.";

    public RuleOutcome Check(RuleContext context)
    {
        if (!NarrativeFindings.HasNarrative(context.Document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var findings = new List<Finding>();
        foreach (var breakdown in NarrativeFindings.Breakdowns(NarrativeReader.Read(context.Document)))
        {
            if (NarrativeFindings.SumOf(this, breakdown, s => s.Amount, "分项", "parts") is Finding amount) findings.Add(amount);
            if (Count(breakdown) is Finding count) findings.Add(count);
        }
        return RuleOutcome.Of(findings);
    }

    private Finding? Count(NarrativeBreakdown breakdown)
    {
        if (breakdown.Uncertain || breakdown.Items.Count < 2 || breakdown.Owner.Count is not StatedNumber whole) return null;
        if (breakdown.Items.Any(i => i.Count is null)) return null;
        decimal sum = breakdown.Items.Sum(i => i.Count!.Value);
        if (sum == whole.Value) return null;
        string terms = string.Join(" + ", breakdown.Items.Select(i => i.Count!.Printed));
        string name = NarrativeConcepts.Clean(breakdown.Owner.Name);
        string delta = Math.Abs(sum - whole.Value).ToString(CultureInfo.InvariantCulture);
        return new Finding
        {
            Rule = Id,
            Severity = Severity,
            Message = $"{name} {whole.Printed} 个 ≠ 分项个数（{breakdown.Label}）Σ {terms} = {sum} 个（Δ {delta}）",
            MessageEn = $"{name} {whole.Printed} ≠ count of the parts ({breakdown.Label}) {terms} = {sum} (Δ {delta})",
            Locations = [NarrativeFindings.Figure(breakdown.Owner, whole).ToLocation(), .. breakdown.Items.Select(i => NarrativeFindings.Figure(i, i.Count!).ToLocation())],
            Expected = sum,
            Actual = whole.Value,
        };
    }
}
