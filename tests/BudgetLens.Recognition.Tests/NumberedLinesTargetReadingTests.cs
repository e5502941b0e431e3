using BudgetLens.Recognition.Indicators;

namespace BudgetLens.Recognition.Tests;

/// <summary>The target readings the overview layout needed from the shared parser (Comparators.Standalone and friends).</summary>
public sealed class NumberedLinesTargetReadingTests
{
    [Theory]
    [InlineData("支出不超过预算", "≤")]
    [InlineData("支出不超过年初预算", "≤")]
    [InlineData("参保住院率低于全国平均水平", "<")]
    [InlineData("服务质量不低于上年", "≥")]
    [InlineData("参保人数不少于上年", "≥")]
    [InlineData("费用不高于同类地区", "≤")]
    [InlineData("覆盖率高于上年", ">")]
    [InlineData("效果超过预期", ">")]
    [InlineData("达到预期目标", "≥")]
    [InlineData("定性", "定性")]
    [InlineData("有效保障", null)]
    [InlineData("逐步推开", null)]
    public void A_comparison_word_without_a_number_gives_the_comparator(string printed, string? comparator)
    {
        var t = IndicatorTargetParser.Parse(printed);
        Assert.Equal(comparator, t.Comparator);
        Assert.Null(t.Value);
        Assert.Null(t.Unit);
    }

    [Fact]
    public void The_standalone_words_are_the_explicit_comparison_words()
    {
        string[] expected = ["不少于", "不低于", "不超过", "不高于", "大于", "超过", "高于", "低于", "少于", "至少", "达到", "≥", "≤", ">", "<", "=", "定性"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Comparators.Standalone.Select(s => s.Word).Order(StringComparer.Ordinal));
        // longest first: a word never precedes a longer word that contains it
        for (int i = 0; i < Comparators.Standalone.Length; i++)
            for (int j = i + 1; j < Comparators.Standalone.Length; j++)
                Assert.False(Comparators.Standalone[j].Word.Contains(Comparators.Standalone[i].Word, StringComparison.Ordinal) && Comparators.Standalone[j].Word.Length > Comparators.Standalone[i].Word.Length);
    }

    [Theory]
    [InlineData("≥计划购置数量90%", "≥", "90", "%")]
    [InlineData("合同签订后1个月内完成项目实施方案编制", "≤", "1", "个月")]
    [InlineData("合同签订后15个工作日内", "≤", "15", "个工作日")]
    [InlineData("达标率90%", null, "90", "%")]
    [InlineData("100个省内医院", null, "100", "个省内医院")]
    public void Reads_a_leading_comparator_and_within_a_duration(string printed, string? comparator, string value, string unit)
    {
        var t = IndicatorTargetParser.Parse(printed);
        Assert.Equal((comparator, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit), (t.Comparator, t.Value!.Value, t.Unit));
    }
}
