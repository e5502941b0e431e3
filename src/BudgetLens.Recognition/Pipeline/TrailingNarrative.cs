using BudgetLens.Recognition.Narrative;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// Narrative printed after a table, in the table's block (the next part of a document whose tables sit between its
/// narrative parts: 第三部分 …情况说明 after the last table): the lines the table's recogniser left, from an ordinal
/// heading that no reader took to the block's end, when nothing after that heading was taken either.
/// </summary>
public static class TrailingNarrative
{
    public static Block? After(Block block, ExtractionContext context)
    {
        int from = 0;
        for (int n = block.EndLine; n > block.StartLine && n > block.TitleEndLine; n--)
        {
            var line = context.Line(n);
            var use = context.UseOf(n);
            if (line.IsBlank || use == LineUse.Layout) continue;
            if (use != LineUse.None || line.Raw.Contains('\t')) break;
            if (NarrativeHeading.Parse(line.Raw) is not null) from = n;
        }
        return from == 0 ? null : new Block(Block.Narrative, 0, from, block.EndLine);
    }
}
