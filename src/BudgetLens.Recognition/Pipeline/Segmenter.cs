using BudgetLens.Recognition.Tables;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>Cuts a document into blocks at its title lines (entries of a printed table of contents are none); the text before the first title is a narrative block.</summary>
public static class Segmenter
{
    public static IReadOnlyList<Block> Split(ExtractionContext context)
    {
        var blocks = new List<Block>();
        int count = context.Lines.Count;
        string kind = Block.Narrative;
        int start = 1, title = 0;
        var toc = TocSpan.Lines(context);
        foreach (var line in context.Lines)
        {
            if (line.IsBlank || toc.Contains(line.Number)) continue;
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
            if (end >= start) blocks.Add(new Block(kind, title, start, end));
        }
    }
}
