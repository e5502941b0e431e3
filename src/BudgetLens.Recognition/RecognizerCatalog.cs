using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables.Spaced;

namespace BudgetLens.Recognition;

/// <summary>Every block recogniser, in the order they are asked (the first that can read a block reads it).</summary>
public static class RecognizerCatalog
{
    public static IReadOnlyList<IBlockRecognizer> All { get; } =
    [
        new SpacedSummaryRecognizer(),
        new SpacedTableRecognizer(),
    ];
}
