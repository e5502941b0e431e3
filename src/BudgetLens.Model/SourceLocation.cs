namespace BudgetLens.Model;

/// <summary>Where a node or a value stands in its source: a line of text, a PDF page and box, or an Excel sheet and cell.</summary>
public sealed record SourceLocation
{
    public int? Line { get; init; }
    public int? EndLine { get; init; }
    public int? Page { get; init; }
    /// <summary>[x0, y0, x1, y1] in PDF points.</summary>
    public IReadOnlyList<decimal>? Box { get; init; }
    public string? Sheet { get; init; }
    public string? Cell { get; init; }

    public static SourceLocation Lines(int line, int endLine) => new() { Line = line, EndLine = endLine };
    public static SourceLocation AtLine(int line) => new() { Line = line, EndLine = line };

    public SourceLocation Through(SourceLocation? other) =>
        other?.EndLine is int end && end > (EndLine ?? 0) ? this with { EndLine = end } : this;
}
