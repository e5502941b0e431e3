namespace BudgetLens.Model;

/// <summary>A 项目支出绩效目标表 or a 部门（单位）整体支出绩效目标表.</summary>
public sealed record TargetSheet
{
    public string? Name { get; init; }
    public string? Code { get; init; }
    public string? Category { get; init; }
    public string? Department { get; init; }
    public string? Implementer { get; init; }
    public MoneyUnit? Unit { get; init; }
    /// <summary>Keys of the contract (total, fiscal, …); a key the sheet does not print is absent, a blank printed one null.</summary>
    public IReadOnlyDictionary<string, decimal?> Funds { get; init; } = new Dictionary<string, decimal?>();
    public IReadOnlyDictionary<string, SourceLocation>? FundsLocations { get; init; }
    public string? Goal { get; init; }
    public string? Overview { get; init; }
    public string? Basis { get; init; }
    public string? Schedule { get; init; }
    public string? Contact { get; init; }
    public string? Phone { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public SourceLocation Location { get; init; } = new();
}
