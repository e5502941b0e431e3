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

/// <summary>Breaks a PDF reader knows to be the layout's (<see cref="LineBreak"/>): they go whatever the line ends with, and a space stood there stays.</summary>
public sealed class KnownLineBreakTests
{
    private static readonly LineBreak Wrap = new(true, false);

    [Fact]
    public void A_wrapped_line_continues_its_paragraph_whatever_its_last_character()
    {
        string[] lines = ["对经济、", "政治、文化，", "特约（邀）", "较上年预算安排减少", "14333.97 万元。"];
        Assert.Equal("对经济、政治、文化，特约（邀）较上年预算安排减少14333.97 万元。",
            ParagraphJoiner.JoinWithSpans(lines, [Wrap, Wrap, Wrap, Wrap, default]).Text);
        // text alone (no breaks known): breaks stay after 、，） (punctuation may end a paragraph); a decimal continues the sentence
        Assert.Equal("对经济、\n政治、文化，\n特约（邀）\n较上年预算安排减少14333.97 万元。", ParagraphJoiner.JoinWithSpans(lines).Text);
    }

    [Fact]
    public void A_sentence_ending_at_the_edge_before_an_enumerated_item_still_ends_its_paragraph()
    {
        var (text, paragraphs) = ParagraphJoiner.JoinWithSpans(["为保障各项试点工作的正常开展。", "(2)立项依据：文件"], [Wrap, default]);
        Assert.Equal("为保障各项试点工作的正常开展。\n(2)立项依据：文件", text);
        Assert.Equal([(0, 0), (1, 1)], paragraphs);
    }

    [Fact]
    public void A_space_at_a_break_that_goes_is_kept_as_one_space()
    {
        var (text, paragraphs) = ParagraphJoiner.JoinWithSpans(["事业收入 0 万元，较上年预算安排减少", "0 万元；项目预算金额 629.3", "万元。"],
            [new LineBreak(true, true), new LineBreak(false, true), default]);
        Assert.Equal("事业收入 0 万元，较上年预算安排减少 0 万元；项目预算金额 629.3 万元。", text);
        Assert.Equal([(0, 2)], paragraphs);
        // a space at a break that stays (a paragraph's) adds nothing
        Assert.Equal("第一段。\n第二段。", ParagraphJoiner.JoinWithSpans(["第一段。", "第二段。"], [new LineBreak(false, true), default]).Text);
    }
}

public sealed class WrapSpacingTests
{
    [Fact]
    public void A_space_is_restored_where_the_text_spaces_such_characters_elsewhere()
    {
        string[] spaced = ["收入预算总额为 13258.53 万元,较上年预算安排减少 14162.7 万元,其中:财", "政拨款收入 8763.47 万元,较上年预算安排减少"];
        Assert.True(Narrative.WrapSpacing.SpaceDropped(spaced, '少', '0'));   // 中 | digit: spaced every time
        Assert.False(Narrative.WrapSpacing.SpaceDropped(spaced, ',', '较'));  // "," | 中: never spaced here
        string[] commas = ["绩效目标管理, 2023 年部门整体支出, 其中: 机关项目 3 个, 项目预算金额", "根据以前年度绩效评价结果,"];
        Assert.True(Narrative.WrapSpacing.SpaceDropped(commas, ',', '优'));
        string[] joined = ["2023年预算安排减少100万元", "对经济、政治"];
        Assert.False(Narrative.WrapSpacing.SpaceDropped(joined, '少', '1'));
        Assert.False(Narrative.WrapSpacing.SpaceDropped(joined, '、', '政'));
    }
}
