using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>Where a compared number stands, and what it is: the source location plus table title, row label, column key and value.</summary>
public sealed record FindingLocation
{
    public int? Line { get; init; }
    public int? EndLine { get; init; }
    public int? Page { get; init; }
    public IReadOnlyList<decimal>? Box { get; init; }
    public string? Sheet { get; init; }
    public string? Cell { get; init; }
    public string? Table { get; init; }
    public string? Row { get; init; }
    public string? Column { get; init; }
    public decimal? Value { get; init; }

    public static FindingLocation At(SourceLocation? location, string? table = null, string? row = null, string? column = null, decimal? value = null) => new()
    {
        Line = location?.Line,
        EndLine = location?.EndLine,
        Page = location?.Page,
        Box = location?.Box,
        Sheet = location?.Sheet,
        Cell = location?.Cell,
        Table = table,
        Row = row,
        Column = column,
        Value = value,
    };
}
