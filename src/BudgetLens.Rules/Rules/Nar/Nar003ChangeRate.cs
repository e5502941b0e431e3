using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.Rules.Rules.Nar;

/// <summary>NAR003: a change stated with its rate, where the rate does not follow from the amount and the change.</summary>
public sealed class Nar003ChangeRate : IRule
{
    public string Id => "NAR003";
    public string TitleZh => "增减幅度与金额不符";
    public string TitleEn => "Stated rate of change does not follow from the amounts";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Where the narrative states an amount, its change from last year and the rate (\"944.07 万元，比上年增加 13.38 万元，增长 1.44%\"), " +
        "the rate equals change ÷ (amount − change). Rates from a zero base are not checked. Tolerance: one unit of the rate's last printed digit " +
        "(rounded and truncated rates both pass). Passes: 944.07, +13.38, 1.44% (13.38 ÷ 930.69 = 1.4377%). " +
        "Fails: 150.00 万元, +50.00 万元, 增长 55.00% (50.00 ÷ 100.00 = 50.00%).";

    public RuleOutcome Check(RuleContext context)
    {
        if (!NarrativeFindings.HasNarrative(context.Document)) return RuleOutcome.NotApplicable(NarrativeFindings.NoNarrative);
        var findings = new List<Finding>();
        foreach (var s in NarrativeReader.Flatten(NarrativeReader.Read(context.Document)))
        {
            if (s is not { Amount: { } amount, Change: { } change, Rate: { } rate } || amount.Unit != change.Unit) continue;
            decimal previous = amount.Value - change.Value;
            if (previous == 0m) continue;
            decimal computed = change.Value / previous * 100m;
            decimal unit = 2m * Tolerance.HalfUnit(rate.Value);
            if (Math.Abs(computed - rate.Value) <= unit) continue;
            string name = NarrativeConcepts.Clean(s.Name);
            string shown = Percent(computed, rate.Value);
            findings.Add(new Finding
            {
                Rule = Id,
                Severity = Severity,
                Message = $"{name}：{Amounts.Show(previous)} → {amount.Show}，增减 {Amounts.Show(change.Value)}，应为 {shown}%，叙述为 {Amounts.Show(rate.Value)}%",
                MessageEn = $"{name}: {Amounts.Show(previous)} → {amount.Show}, change {Amounts.Show(change.Value)}, rate {shown}% but the narrative states {Amounts.Show(rate.Value)}%",
                Locations = [NarrativeFindings.Figure(s, amount).ToLocation(), NarrativeFindings.Figure(s, change, " 较上年增减").ToLocation(), NarrativeFindings.Figure(s, rate, " 增减率%").ToLocation()],
                Expected = Math.Round(computed, Math.Max(2, Scale(rate.Value))),
                Actual = rate.Value,
            });
        }
        return RuleOutcome.Of(findings);
    }

    internal static int Scale(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;

    /// <summary>A computed percentage shown with the printed one's decimals, at least two.</summary>
    internal static string Percent(decimal computed, decimal printed) =>
        computed.ToString("F" + Math.Max(2, Scale(printed)), System.Globalization.CultureInfo.InvariantCulture);
}
