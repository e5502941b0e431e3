using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>The findings on one document, and the rules that could not run on it.</summary>
public sealed record DocumentReport(SourceInfo Source, IReadOnlyList<Finding> Findings, IReadOnlyList<NotApplicable> NotApplicable)
{
    /// <summary>Diagnostics of reading and extraction that a reviewer should see beside the findings.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Set when the file could not be read at all; the report then holds no findings.</summary>
    public string? ReadError { get; init; }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
