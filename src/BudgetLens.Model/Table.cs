namespace BudgetLens.Model;

/// <summary>A recognised budget table (one per table, even when printed over several pages).</summary>
public sealed record Table
{
    public required string Kind { get; init; }
    public string? Title { get; init; }
    public MoneyUnit? Unit { get; init; }
    public string? Issuer { get; init; }
    public SourceLocation Location { get; init; } = new();
    public bool Empty { get; init; }
    public IReadOnlyList<TableRow> Rows { get; init; } = [];
}
