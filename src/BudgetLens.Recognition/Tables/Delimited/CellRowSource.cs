using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>Turns the tab-separated lines of a text block into <see cref="CellRow"/>s.</summary>
public static class CellRowSource
{
    public static bool IsTabRow(SourceLine line) => CellSplitter.IsTabRow(line) && !line.IsBlank;

    public static CellRow FromTabLine(SourceLine line) =>
        new(line.Number, CellSplitter.SplitTabs(line.Raw).Select(CellText.Clean).ToArray());
}
