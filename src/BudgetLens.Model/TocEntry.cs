namespace BudgetLens.Model;

/// <summary>One line of a printed table of contents (目录).</summary>
public sealed record TocEntry(string Title, int Level, SourceLocation Location);
