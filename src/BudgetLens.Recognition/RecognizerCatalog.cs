using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Sheets.NumberedLines;
using BudgetLens.Recognition.Tables.Spaced;

namespace BudgetLens.Recognition;

/// <summary>Every block recogniser, in the order they are asked (the first that can read a block reads it).</summary>
public static class RecognizerCatalog
{
    public static IReadOnlyList<IBlockRecognizer> All { get; } =
    [
        new Sheets.OverviewCells.OverviewCellsRecognizer(),
        new NumberedLinesRecognizer(),
        new Sheets.Labelled.LabelledSheetRecognizer(),
        new Narrative.NarrativeRecognizer(),
        new Tables.Delimited.DelimitedTableRecognizer(),
        new Sheets.Delimited.DelimitedSheetRecognizer(),
        new Sheets.Grid.MarkdownTargetSheetRecognizer(),
        new SpacedSummaryRecognizer(),
        new SpacedTableRecognizer(),
    ];
}
