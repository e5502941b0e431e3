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
        int start = 1, title = 0;
        var toc = Narrative.TocReader.Extent(context, 1, count);
        foreach (var line in context.Lines)
        {
            if (line.IsBlank) continue;
            if (toc is var (tocFrom, tocTo) && line.Number >= tocFrom && line.Number <= tocTo) continue;
            var found = TitleClassifier.Classify(line.Raw);
            if (found is null) continue;
            if (line.Number > start || title > 0) Close(line.Number - 1);
            kind = found;
            title = line.Number;
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
            blocks.Add(new Block(kind, title, start, end));
        }

        bool NothingUnder(int titleLine, int end)
        {
            for (int n = titleLine + 1; n <= end; n++)
                if (!context.Line(n).IsBlank && context.UseOf(n) != LineUse.Layout) return false;
            return true;
        }
    }
}
