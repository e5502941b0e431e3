namespace BudgetLens.Rules.Framework;

/// <summary>Which rules to run: a comma-separated list of ids and prefix patterns (SUM*,PT005); empty means all.</summary>
public sealed class RuleSelection
{
    private readonly string[] _patterns;

    public RuleSelection(string? spec) =>
        _patterns = (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToUpperInvariant()).ToArray();

    public static RuleSelection All { get; } = new(null);

    public bool Includes(string ruleId) =>
        _patterns.Length == 0 || _patterns.Any(p => p.EndsWith('*') ? ruleId.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase) : ruleId.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Patterns that match no rule of the catalog (a typo the user should hear about).</summary>
    public IEnumerable<string> Unmatched(IEnumerable<string> ids) => _patterns.Where(p => !ids.Any(id => new RuleSelection(p).Includes(id)));
}
