using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>Runs the selected rules of a catalog over documents.</summary>
public sealed class Checker
{
    private readonly IReadOnlyList<IRule> _rules;

    public Checker(IReadOnlyList<IRule> rules, RuleSelection? selection = null)
    {
        selection ??= RuleSelection.All;
        _rules = rules.Where(r => selection.Includes(r.Id)).ToList();
    }

    public IReadOnlyList<IRule> Rules => _rules;

    public DocumentReport Check(BudgetDocument document, IReadOnlyList<BudgetDocument>? corpus = null)
    {
        var context = new RuleContext(document, corpus);
        var findings = new List<Finding>();
        var notApplicable = new List<NotApplicable>();
        foreach (var rule in _rules)
        {
            var outcome = rule.Check(context);
            if (outcome.Applicable) findings.AddRange(outcome.Findings);
            else notApplicable.Add(new NotApplicable(rule.Id, outcome.NotApplicableReason!));
        }
        var ordered = findings.OrderBy(f => f.FirstLine ?? int.MaxValue).ThenBy(f => f.Rule, StringComparer.Ordinal).ToList();
        return new DocumentReport(document.Source, ordered, notApplicable) { Diagnostics = document.Diagnostics };
    }
}
