using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>One defect a rule found: what, how bad, where every compared number stands, and the arithmetic.</summary>
public sealed record Finding
{
    public required string Rule { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>Chinese, for the reader.</summary>
    public required string Message { get; init; }
    public required string MessageEn { get; init; }
    public IReadOnlyList<FindingLocation> Locations { get; init; } = [];
    public decimal? Expected { get; init; }
    public decimal? Actual { get; init; }

    /// <summary>The first line the finding cites (for sorting and for quoting the source).</summary>
    public int? FirstLine => Locations.Select(l => l.Line).FirstOrDefault(l => l is not null);
}
