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

    [Fact]
    public void A_wrapped_line_starting_with_a_decimal_amount_is_no_enumerated_item() =>
        Assert.Equal("与上年相比增加2248.37万元，增长16.47 %。\n1.财政拨款收入\n2．财政专户", ParagraphJoiner.Join(["与上年相比增加", "2248.37万元，增长", "16.47 %。", "1.财政拨款收入", "2．财政专户"]));
}
