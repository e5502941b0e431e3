using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using static BudgetLens.Rules.Tests.Rules.Pt.SheetBuilder;

namespace BudgetLens.Rules.Tests.Text;

public sealed class PlaceholderSheetTests
{
    private static TargetSheet Coded(string code, string? goal) => new()
    {
        Name = code, Goal = goal,
        Indicators = [I("产出指标/数量指标", code, code, 333)],
    };

    [Theory]
    [InlineData("GZIT2022-QM-N-A-045065", true)]
    [InlineData("31000120230101", true)]
    [InlineData("2023", false)]
    [InlineData("城乡居民医保", false)]
    public void Code_shapes(string text, bool code) => Assert.Equal(code, PlaceholderSheet.IsCodeShaped(text));

    [Fact]
    public void A_sheet_repeating_one_code_everywhere_is_a_placeholder()
    {
        Assert.Equal("31000120230101", PlaceholderSheet.Reason(Coded("31000120230101", "31000120230101")));
        Assert.False(PlaceholderSheet.Is(Coded("31000120230101", "保障参保人员待遇")));
    }

    [Fact]
    public void Fillers_make_a_placeholder_only_when_nothing_else_is_filled()
    {
        var filler = new TargetSheet { Name = "XXX项目", Goal = "待填写", Indicators = [I("产出指标/数量指标", "XXX", "待填写", 5)] };
        Assert.True(PlaceholderSheet.Is(filler));
        Assert.False(PlaceholderSheet.Is(filler with { Goal = "保障运行" }));
        Assert.False(PlaceholderSheet.Is(Good("机构运行辅助经费", 12)));
    }
}
