using BudgetLens.Recognition.Indicators;

namespace BudgetLens.Recognition.Tests;

/// <summary>The contract's "Reading a target" examples, and the nasty cases of the seeds.</summary>
public sealed class IndicatorTargetParserTests
{
    [Theory]
    [InlineData("≥10000人次", "≥", "10000", null, "人次")]
    [InlineData("不少于2000000份", "≥", "2000000", null, "份")]
    [InlineData("≥40万件", "≥", "40", null, "万件")]
    [InlineData("约300人次", "≈", "300", null, "人次")]
    [InlineData("至少2次", "≥", "2", null, "次")]
    [InlineData("协助提供优质高效的医保经办服务，前台服务总人次10万以上", "≥", "10", null, "万")]
    [InlineData("培训不少于2次,参训人数不少于50人", "≥", "2", null, "次")]
    [InlineData("≤628084元", "≤", "628084", null, "元")]
    [InlineData("100%", null, "100", null, "%")]
    [InlineData("493万人", null, "493", null, "万人")]
    [InlineData("5%-10%", "range", "5", "10", "%")]
    [InlineData("定性 98 %", "定性", "98", null, "%")]
    [InlineData("达到3000组左右", "≥", "3000", null, "组")]
    [InlineData("15个工作日内", "≤", "15", null, "个工作日")]
    [InlineData("≥ 341万人", "≥", "341", null, "万人")]
    [InlineData("≥950个（类）", "≥", "950", null, "个（类）")]
    [InlineData("100.00(%)", null, "100.00", null, "%")]
    [InlineData("≥50万人次（含一站式结算医疗救助费用以及医救零星报销费用审核）", "≥", "50", null, "万人次")]
    [InlineData("＝ 1 个（台、套、件、辆）", "=", "1", null, "个（台、套、件、辆）")]
    [InlineData("0", null, "0", null, null)]
    [InlineData("大于3个", ">", "3", null, "个")]
    [InlineData("有效的服务质量效率投诉举报低于5次", "<", "5", null, "次")]
    [InlineData("≤ 2795.52万元", "≤", "2795.52", null, "万元")]
    [InlineData("1,527.79万元", null, "1527.79", null, "万元")]
    public void Reads_quantities(string printed, string? comparator, string value, string? max, string? unit)
    {
        var t = IndicatorTargetParser.Parse(printed);
        Assert.Equal(comparator, t.Comparator);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), t.Value);
        Assert.Equal(max is null ? null : decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture), t.ValueMax);
        Assert.Equal(unit, t.Unit);
    }

    [Theory]
    [InlineData("2023年12月底前")]
    [InlineData("31000120230101")]
    [InlineData("GZIT2022-QM-N-A-045065")]
    [InlineData("有效保障")]
    [InlineData("")]
    public void Not_quantities(string printed)
    {
        var t = IndicatorTargetParser.Parse(printed);
        Assert.Null(t.Value);
        Assert.Null(t.Unit);
        Assert.Null(t.Comparator);
    }

    [Fact]
    public void A_count_of_years_is_a_quantity()
    {
        var t = IndicatorTargetParser.Parse("≥1年");
        Assert.Equal(("≥", 1m, "年"), (t.Comparator, t.Value!.Value, t.Unit));
    }
}
