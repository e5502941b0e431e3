namespace BudgetLens.Model;

/// <summary>
/// A narrative section (部门概况, 情况说明, 名词解释 …) under its heading. Its text holds paragraphs separated by "\n";
/// <see cref="ParagraphLocations"/>, where known, gives the lines of each paragraph in the same order.
/// </summary>
public sealed record Section(string Heading, int Level, string? Text, SourceLocation Location)
{
    public IReadOnlyList<SourceLocation>? ParagraphLocations { get; init; }
}
