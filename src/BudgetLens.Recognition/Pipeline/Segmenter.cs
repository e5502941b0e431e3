namespace BudgetLens.Recognition.Pipeline;

/// <summary>Cuts a document into blocks at its title lines; the text before the first title is a narrative block.</summary>
public static class Segmenter
{
    public static IReadOnlyList<Block> Split(ExtractionContext context)
    {
        var blocks = new List<Block>();
        int count = context.Lines.Count;
        string kind = Block.Narrative;
        int start = 1, title = 0;
        foreach (var line in context.Lines)
        {
            if (line.IsBlank) continue;
            var found = context.TitleKind(line);
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
