namespace BudgetLens.Recognition.Indicators;

/// <summary>A target value read into comparator, number and unit (contract: "Reading a target").</summary>
public sealed record IndicatorTarget(string? Comparator, decimal? Value, decimal? ValueMax, string? Unit)
{
    public static IndicatorTarget None { get; } = new(null, null, null, null);
}
