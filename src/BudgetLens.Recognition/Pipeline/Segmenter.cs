using BudgetLens.Recognition.Tables;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// Cuts a document into blocks at its title lines; the text before the first title is a narrative block. Lines of a
/// printed table of contents are never titles (they list the tables), and a title with nothing under it but layout
/// (an attachment note such as 附件：…公开表 at the end of a narrative) is text of the narrative around it.
/// </summary>
public static class Segmenter
{
    public static IReadOnlyList<Block> Split(ExtractionContext context)
    {
        var blocks = new List<Block>();
        int count = context.Lines.Count;
        string kind = Block.Narrative;
        int start = 1, title = 0, titleLines = 1;
        var toc = Narrative.TocReader.Extent(context, 1, count);
        foreach (var line in context.Lines)
        {
            if (line.IsBlank) continue;
            if (toc is var (tocFrom, tocTo) && line.Number >= tocFrom && line.Number <= tocTo) continue;
            if (line.Number <= title + titleLines - 1) continue;
            var found = context.TitleKind(line);
            int lines = 1;
            if (found is null && CompletedTitle(context, line.Number) is { } joined) (found, lines) = (joined, 2);
            if (found is null) continue;
            if (line.Number > start || title > 0) Close(line.Number - 1);
            kind = found;
            title = line.Number;
            titleLines = lines;
            start = line.Number;
        }
        Close(count);
        return blocks;

        void Close(int end)
        {
            if (end < start) return;
            if (title > 0 && blocks.Count > 0 && blocks[^1].Kind == Block.Narrative && blocks[^1].EndLine == start - 1 && NothingUnder(title, end))
            {
                blocks[^1] = blocks[^1] with { EndLine = end };
                return;
            }
            blocks.Add(new Block(kind, title, start, end) { TitleLines = title > 0 ? titleLines : 1 });
        }

        bool NothingUnder(int titleLine, int end)
        {
            for (int n = titleLine + titleLines; n <= end; n++)
                if (!context.Line(n).IsBlank && context.UseOf(n) != LineUse.Layout) return false;
            return true;
        }
    }

    /// <summary>Longest second line that can complete a title printed over two lines (…培训费支出预算 / 表).</summary>
    public const int MaxTitleTailLength = 6;

    /// <summary>
    /// The kind of a title printed over two lines: the line alone is no title, the next non-blank line is a short
    /// tail, and the two joined classify as a title (the tail alone does not). Cell rows are never part of a title.
    /// </summary>
    public static string? CompletedTitle(ExtractionContext context, int number)
    {
        var line = context.Line(number);
        if (line.Raw.Contains('\t') || number >= context.Lines.Count) return null;
        var next = context.Line(number + 1);
        if (next.IsBlank || next.Raw.Contains('\t') || context.UseOf(number + 1) == LineUse.Layout) return null;
        var tail = next.Raw.Trim();
        if (tail.Length > MaxTitleTailLength || TitleClassifier.Classify(tail) is not null) return null;
        if (line.Origin?.Page is int page && next.Origin?.Page is int nextPage && page != nextPage) return null;
        return TitleClassifier.Classify(line.Raw.Trim() + tail);
    }
}
