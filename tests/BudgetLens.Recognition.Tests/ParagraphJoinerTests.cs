using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tests;

public sealed class ParagraphJoinerTests
{
    [Fact]
    public void A_break_inside_a_sentence_is_removed() =>
        Assert.Equal("服务预算 130.9 万元。", ParagraphJoiner.Join(["服务预算 130.9 万", "元。"]));

    [Fact]
    public void A_break_after_closing_punctuation_stays() =>
        Assert.Equal("第一段。\n第二段。", ParagraphJoiner.Join(["第一段。", "第二段。"]));

    [Fact]
    public void An_enumerated_item_starts_a_paragraph_even_after_an_unfinished_line() =>
        Assert.Equal("目标1：逐步推进\n目标2：保障运行\n(3)实施主体", ParagraphJoiner.Join(["目标1：逐步推进", "目标2：保障运行", "(3)实施主体"]));
}

public sealed class ParagraphJoinerEnumerationTests
{
    [Theory]
    [InlineData("比上年增长", "5.82%，主要原因是人员增加。")]
    [InlineData("住房保障支出", "473.35 万元，较上年预算安排增加 92.05 万元。")]
    [InlineData("完成", "第二轮巡视整改。")]
    public void A_decimal_or_an_ordinal_word_continuing_a_sentence_is_no_new_item(string first, string second) =>
        Assert.Equal(first + second, ParagraphJoiner.Join([first, second]));

    [Theory]
    [InlineData("1.财政拨款收入")]
    [InlineData("2、事业收入")]
    [InlineData("第二部分 部门预算表")]
    public void Numbered_items_still_start_a_paragraph(string item) =>
        Assert.Equal("上一段没有句号\n" + item, ParagraphJoiner.Join(["上一段没有句号", item]));
}
