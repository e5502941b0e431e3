using BudgetLens.Recognition.Sheets.NumberedLines;

namespace BudgetLens.Recognition.Tests;

/// <summary>One numbered indicator line of the overview layout, its pieces already joined.</summary>
public sealed class NumberedLinesIndicatorTests
{
    [Theory]
    [InlineData("1、1-产出指标；11-数量指标；医保业务受理人次；实施周期指标值:≥10000人次；年度指标值:≥10000人次。", "≥10000人次", "≥10000人次")]
    [InlineData("2、1-产出指标；12-质量指标；医保业务受理人次；实施周期指标值：100%；年度指标值：100%。", "100%", "100%")]
    [InlineData("2、1-产出指标；12-质量指标；医保业务受理人次；实施周期指标值100%；年度指标值:100%。", "100%", "100%")]
    [InlineData("2、1-产出指标；12-质量指标；医保业务受理人次；实施周期指值:100%；年度指标值:100%。", "100%", "100%")]
    [InlineData("2、1-产出指标；12-质量指标；医保业务受理人次；实施周期指标值: ≥480个；年度指标值: ≥480个", "≥480个", "≥480个")]
    [InlineData("2、1-产出指标；12-质量指标；医保业务受理人次；实施周期指标值:≥90%；年度指标值:＞90%。", "≥90%", "＞90%")]
    public void Reads_the_period_and_annual_values_whatever_the_label(string joined, string period, string annual)
    {
        var parsed = NumberedIndicator.Parse(joined)!;
        Assert.Equal(("医保业务受理人次", period, annual), (parsed.Name, parsed.PeriodText!, parsed.Text!));
    }

    [Fact]
    public void Keeps_a_name_with_commas_and_reads_a_single_value()
    {
        var parsed = NumberedIndicator.Parse("4、4-成本指标；41-经济成本指标；预算成本控制，支出不超过预算；支出不超过预算。")!;
        Assert.Equal(("4-成本指标", "41-经济成本指标", "预算成本控制，支出不超过预算"), (parsed.Level1Raw, parsed.Level2Raw, parsed.Name));
        Assert.Null(parsed.PeriodText);
        Assert.Equal("支出不超过预算", parsed.Text);
    }

    [Theory]
    [InlineData("1、1-产出指标；11-数量指标；名称；实施周期指标值:100%；", false)]
    [InlineData("1、1-产出指标；11-数量指标；名称；实施周期指标值:100%；年度指标值:", false)]
    [InlineData("1、1-产出指标；11-数量指标；名称；实施周期指标值:100%；年度指标值:100%", true)]
    public void Knows_when_a_numbered_line_holds_its_last_field(string joined, bool complete) =>
        Assert.Equal(complete, NumberedIndicator.HasFinalField(joined));

    [Theory]
    [InlineData("12、2-效益指标；22-社会效益；", true)]
    [InlineData("1、 1-产出指标", true)]
    [InlineData("通过开展医保相关资料的邮寄、", false)]
    [InlineData("2022-2023年信息化运维项目", false)]
    public void Recognises_where_a_numbered_indicator_starts(string line, bool starts) =>
        Assert.Equal(starts, NumberedIndicator.StartsAt(line));

    [Theory]
    [InlineData("    购置经费 47.38 47.38", "购置经费", 2, "")]
    [InlineData("50.00 50.00", "", 2, "")]
    [InlineData("GZIT2022-QM-N-A-045065 49.61 49.61 GZIT2022-QM-N-A-045065", "GZIT2022-QM-N-A-045065", 2, "GZIT2022-QM-N-A-045065")]
    [InlineData("31000120230101 35,000.00 35,000.00 31000120230101", "31000120230101", 2, "31000120230101")]
    public void Reads_overview_lines(string line, string name, int amounts, string tail)
    {
        var overview = OverviewLine.TryRead(line, 4)!;
        Assert.Equal((name, amounts, tail), (overview.NamePart, overview.Amounts.Count, overview.Tail));
    }

    [Theory]
    [InlineData("保障好广州市1000多万参保群众切实利益。")]
    [InlineData("年度指标值:≥90%；实施 100")]
    [InlineData("2024年国家医疗保障平台广州市")]
    public void Text_lines_are_not_overview_lines(string line) => Assert.Null(OverviewLine.TryRead(line, 4));

    [Theory]
    [InlineData("项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标", "total,fiscal,fiscalSpecialAccount,other")]
    [InlineData("项目名称 绩效目标 绩效指标 合计 财政专户 财政拨款", "total,fiscalSpecialAccount,fiscal")]
    public void Reads_the_column_header(string line, string keys) =>
        Assert.Equal(keys, string.Join(",", OverviewHeader.TryRead(line)!.AmountKeys));
}
