using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>Whether a block is converter text with columns separated by spaces (no tab or pipe cells).</summary>
public static class SpacedText
{
    public static bool IsSpaced(Block block, ExtractionContext context) =>
        block.LineNumbers.Select(context.Line).Where(l => !l.IsBlank).All(l => !CellSplitter.IsPipeRow(l) && !CellSplitter.IsTabRow(l));

    /// <summary>
    /// A kind this family reads: a known table kind — not a target sheet, not narrative, and not "other" (a line that
    /// merely ends in 表, such as a part heading 第二部分 部门预算表, does not make a table).
    /// </summary>
    public static bool IsTableKind(string kind) => kind != Block.Narrative && kind != TableKinds.Other && !TableKinds.IsSheet(kind);
}
