namespace BudgetLens.Model;

/// <summary>One disclosure file as extracted: the root of the document model (schema budget-document/1).</summary>
public sealed record BudgetDocument
{
    public const string SchemaId = "budget-document/1";

    public string Schema { get; init; } = SchemaId;
    public required SourceInfo Source { get; init; }
    public string? Issuer { get; init; }
    public int? Year { get; init; }
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public IReadOnlyList<Table> Tables { get; init; } = [];
    public IReadOnlyList<TargetSheet> Projects { get; init; } = [];
    public IReadOnlyList<TargetSheet> DepartmentTargets { get; init; } = [];
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
