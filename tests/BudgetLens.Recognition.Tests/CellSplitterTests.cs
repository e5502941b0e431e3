using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tests;

public sealed class CellSplitterTests
{
    [Fact]
    public void Splits_pipe_rows_keeping_empty_cells()
    {
        Assert.Equal(["", "产出指标", "数量指标", "参保人数", "≥ 341万人", ""], CellSplitter.SplitPipes("| | 产出指标 | 数量指标 | 参保人数 | ≥ 341万人 | |"));
    }

    [Fact]
    public void Recognises_separator_rows()
    {
        Assert.True(CellSplitter.IsPipeSeparator(new SourceLine(1, "|--------|---|:---:|")));
        Assert.False(CellSplitter.IsPipeSeparator(new SourceLine(1, "| | | |")));
    }

    [Fact]
    public void Splits_tab_rows_keeping_empty_cells()
    {
        Assert.Equal(["(三)国有资本经营预算收入", "", "", ""], CellSplitter.SplitTabs("(三)国有资本经营预算收入\t\t\t"));
    }
}
