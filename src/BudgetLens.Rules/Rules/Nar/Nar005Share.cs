using System.Globalization;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR005: a share stated in the narrative that does not follow from the amounts it relates.</summary>
public sealed class Nar005Share : IRule
{
    public string Id => "NAR005";
    public string TitleZh => "占比与金额不符";
    public string TitleEn => "Stated share does not follow from the amounts";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A share the narrative states (占比 x%, 占…的 x%) equals the item's amount ÷ the amount it is a share of: the whole named after 占 " +
        "when the narrative states it, else the whole the item is listed under. Tolerance: one unit of the share's last printed digit. " +
        "Passes: 基本支出 7802.78 万元，占 58.85% of 13258.53. Fails: 基本支出 7802.78 万元，占 60.00% (58.85%).";

    public RuleOutcome Check(RuleContext context)
    {
        if (!NarrativeFindings.HasNarrative(context.Document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var all = NarrativeReader.Flatten(NarrativeReader.Read(context.Document)).ToList();
        var findings = new List<Finding>();
        foreach (var s in all)
        {
            if (s is not { Amount: { } amount, Share: { } share } || Base(s, all) is not { Amount: { } whole } of) continue;
            if (whole.Value == 0m || whole.Unit != amount.Unit) continue;
            decimal computed = amount.Value / whole.Value * 100m;
            if (Math.Abs(computed - share.Value) <= 2m * Tolerance.HalfUnit(share.Value)) continue;
            decimal shown = Math.Round(computed, Math.Max(2, Nar003ChangeRate.Scale(share.Value)));
            string name = NarrativeConcepts.Clean(s.Name), ofName = NarrativeConcepts.Clean(of.Name);
            findings.Add(new Finding
            {
                Rule = Id,
                Severity = Severity,
                Message = $"{name} {amount.Show} ÷ {ofName} {whole.Show} = {Nar003ChangeRate.Percent(computed, share.Value)}%，叙述为 {Amounts.Show(share.Value)}%",
                MessageEn = $"{name} {amount.Show} ÷ {ofName} {whole.Show} = {Nar003ChangeRate.Percent(computed, share.Value)}% but the narrative states {Amounts.Show(share.Value)}%",
                Locations = [NarrativeFindings.Figure(s, amount).ToLocation(), NarrativeFindings.Figure(of, whole).ToLocation(), NarrativeFindings.Figure(s, share, " 占比%").ToLocation()],
                Expected = shown,
                Actual = share.Value,
            });
        }
        return RuleOutcome.Of(findings);
    }

    private static NarrativeStatement? Base(NarrativeStatement s, IReadOnlyList<NarrativeStatement> all)
    {
        if (!string.IsNullOrWhiteSpace(s.ShareOf) && NarrativeConcepts.Classify(s.ShareOf, null, false) is string concept)
            return all.FirstOrDefault(o => o.Concept == concept && o.Scope == s.Scope && o.Amount is not null && o != s)
                ?? all.FirstOrDefault(o => o.Concept == concept && o.Amount is not null && o != s);
        return string.IsNullOrWhiteSpace(s.ShareOf) ? s.Parent : null;
    }
}
