using BudgetLens.Recognition.Indicators;
using BudgetLens.Recognition.Sheets;

namespace BudgetLens.Recognition.Tests;

/// <summary>The changes the grid sheet reader made to shared pieces: money labels, and 定性 before a date.</summary>
public sealed class GridSharedChangesTests
{
    [Theory]
    [InlineData("年度资金总额：", "total")]
    [InlineData("年度资金申请总额（万元）", "total")]
    [InlineData("其中：财政拨款", "fiscal")]
    [InlineData("其中: 财政拨款", "fiscal")]
    [InlineData("非财政拨款", "nonFiscal")]
    [InlineData("财政专户拨款", "fiscalSpecialAccount")]
    [InlineData("其他资金", "other")]
    [InlineData("上年结转", "carryover")]
    [InlineData("资金情况", null)]
    [InlineData("主管部门", null)]
    public void Fund_labels_name_their_key(string printed, string? key) => Assert.Equal(key, SheetFieldLabels.FundKeyOf(printed));

    [Theory]
    [InlineData("定性 2022年12月底完成")]
    [InlineData("定性 2023年12月底")]
    public void A_qualitative_date_is_no_quantity(string printed)
    {
        var t = IndicatorTargetParser.Parse(printed);
        Assert.Equal(("定性", (decimal?)null, (string?)null), (t.Comparator, t.Value, t.Unit));
    }
}
