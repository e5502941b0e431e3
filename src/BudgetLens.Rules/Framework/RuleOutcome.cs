namespace BudgetLens.Rules.Framework;

/// <summary>What one rule said about one document: findings (possibly none), or that it could not run.</summary>
public sealed record RuleOutcome
{
    private RuleOutcome(IReadOnlyList<Finding> findings, string? notApplicableReason)
    {
        Findings = findings;
        NotApplicableReason = notApplicableReason;
    }

    public IReadOnlyList<Finding> Findings { get; }
    public string? NotApplicableReason { get; }
    public bool Applicable => NotApplicableReason is null;

    public static RuleOutcome Of(IEnumerable<Finding> findings) => new([.. findings], null);
    public static RuleOutcome NotApplicable(string reason) => new([], reason);
}
