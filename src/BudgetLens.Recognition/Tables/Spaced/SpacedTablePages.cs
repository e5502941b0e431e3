using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// The pages of one table: the block given and the blocks right after it that repeat its kind and title (a table
/// continued over pages, each page with its 附件 label, title, unit and header printed again).
/// </summary>
public static class SpacedTablePages
{
    public static IReadOnlyList<Block> Of(Block first, ExtractionContext context)
    {
        var blocks = context.Blocks;
        int at = -1;
        for (int i = 0; i < blocks.Count; i++) if (blocks[i].TitleLine == first.TitleLine) { at = i; break; }
        if (at < 0) return [first];
        var title = TitleKey(context.Line(first.TitleLine));
        var pages = new List<Block> { first };
        for (int i = at + 1; i < blocks.Count && blocks[i].Kind == first.Kind && TitleKey(context.Line(blocks[i].TitleLine)) == title; i++)
            pages.Add(blocks[i]);
        return pages;
    }

    private static string TitleKey(SourceLine line) => TextNormalizer.RemoveSpaces(line.Normalized);
}
