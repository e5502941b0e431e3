namespace BudgetLens.Rules.Framework;

/// <summary>A rule that could not run on a document, and why ("no income-summary"). Not a finding, not a pass.</summary>
public sealed record NotApplicable(string Rule, string Reason);
