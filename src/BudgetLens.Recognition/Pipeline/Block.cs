namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// A run of lines that one recogniser reads: a titled table or sheet (from its title line to the line before the
/// next title), or the untitled front matter (contents, narrative).
/// </summary>
public sealed record Block(string Kind, int TitleLine, int StartLine, int EndLine)
{
    /// <summary>Kind of the untitled text before and between the tables: contents and narrative.</summary>
    public const string Narrative = "#narrative";

    /// <summary>How many lines the title is printed over (a short second line can complete it: …支出预算 / 表).</summary>
    public int TitleLines { get; init; } = 1;

    /// <summary>The last line of the title.</summary>
    public int TitleEndLine => TitleLine + Math.Max(TitleLines, 1) - 1;

    /// <summary>Whether a line is part of the block's title.</summary>
    public bool IsTitle(int line) => TitleLine > 0 && line >= TitleLine && line <= TitleEndLine;

    /// <summary>The title as printed, its lines joined without a separator.</summary>
    public string TitleText(ExtractionContext context) =>
        string.Concat(Enumerable.Range(TitleLine, Math.Max(TitleLines, 1)).Select(n => context.Line(n).Raw.Trim()));

    public IEnumerable<int> LineNumbers => Enumerable.Range(StartLine, Math.Max(0, EndLine - StartLine + 1));
}
