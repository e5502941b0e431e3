namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// A run of lines that one recogniser reads: a titled table or sheet (from its title line to the line before the
/// next title), or the untitled front matter (contents, narrative).
/// </summary>
public sealed record Block(string Kind, int TitleLine, int StartLine, int EndLine)
{
    /// <summary>Kind of the untitled text before and between the tables: contents and narrative.</summary>
    public const string Narrative = "#narrative";

    public IEnumerable<int> LineNumbers => Enumerable.Range(StartLine, Math.Max(0, EndLine - StartLine + 1));
}
