using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Common;

/// <summary>Splits lines that carry explicit cells: Markdown pipe rows (<c>| a | b |</c>) and tab-separated rows.</summary>
public static class CellSplitter
{
    public static bool IsPipeRow(SourceLine line) => line.Raw.TrimStart().StartsWith('|');

    public static bool IsTabRow(SourceLine line) => line.Raw.Contains('\t');

    /// <summary>A Markdown separator row such as <c>|---|:--:|</c>.</summary>
    public static bool IsPipeSeparator(SourceLine line)
    {
        var t = line.Raw.Trim();
        return t.StartsWith('|') && t.Trim('|', '-', ':', ' ').Length == 0 && t.Contains('-');
    }

    /// <summary>The cells of a pipe row, trimmed, without the empty edges outside the first and last pipe.</summary>
    public static string[] SplitPipes(string raw)
    {
        var t = raw.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|')) t = t[..^1];
        return t.Split('|').Select(c => c.Trim()).ToArray();
    }

    /// <summary>The cells of a tab-separated row, trimmed; empty cells kept.</summary>
    public static string[] SplitTabs(string raw) => raw.Split('\t').Select(c => c.Trim()).ToArray();

    /// <summary>Cells by whatever explicit separator the line has.</summary>
    public static string[] Split(SourceLine line) => IsPipeRow(line) ? SplitPipes(line.Raw) : SplitTabs(line.Raw);
}
