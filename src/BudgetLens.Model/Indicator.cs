namespace BudgetLens.Model;

/// <summary>A 三级指标 with its target value, under its 一级 and 二级 指标.</summary>
public sealed record Indicator
{
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public string? Level1Raw { get; init; }
    public string? Level2Raw { get; init; }
    public string? Name { get; init; }
    public string? Comparator { get; init; }
    public decimal? Value { get; init; }
    public decimal? ValueMax { get; init; }
    public string? Unit { get; init; }
    public string? Text { get; init; }
    public string? PeriodText { get; init; }
    public decimal? Weight { get; init; }
    public string? Note { get; init; }
    public string? Scoring { get; init; }
    public SourceLocation Location { get; init; } = new();
}
