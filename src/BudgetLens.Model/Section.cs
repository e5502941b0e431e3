namespace BudgetLens.Model;

/// <summary>A narrative section (部门概况, 情况说明, 名词解释 …) under its heading.</summary>
public sealed record Section(string Heading, int Level, string? Text, SourceLocation Location);
