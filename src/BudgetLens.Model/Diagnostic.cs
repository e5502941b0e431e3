namespace BudgetLens.Model;

/// <summary>A problem found in the input while reading or recognising it. Problems in input are data, not exceptions.</summary>
public sealed record Diagnostic(string Id, Severity Severity, string Message, SourceLocation? Location, string? Text = null);
