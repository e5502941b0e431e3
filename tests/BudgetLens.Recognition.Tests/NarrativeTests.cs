using BudgetLens.Recognition.Narrative;
using static BudgetLens.Recognition.Tests.DelimitedTestDocument;

namespace BudgetLens.Recognition.Tests;

public sealed class NarrativeTests
{
    private static readonly string[] Document =
    [
        "某某局2024年部门预算",
        "目  录",
        "第一部分 部门概况",
        "- 一、《部门职责》",
        "第二部分 部门预算表……5",
        "第一部分 部门概况",
        "一、部门职责",
        "(一) 负责某某工作，组织实施。",
        "(二) 负责另一项工作。",
        "(三) 名词：定义的文字被折行",
        "到下一行。",
        "二、情况说明",
        "（一）收入预算情况",
        "收入 100 万元。",
        "（二）重点项目: 某某经费",
        "(1)项目概述：某某。",
        "部门支出总表",
        "科目编码→科目名称→合计",
        "201→一般公共服务支出→1.00",
    ];

    [Fact]
    public void Toc_entries_stop_where_the_body_repeats_the_first_entry()
    {
        var doc = Extract(Document);
        Assert.Equal(["部门概况", "部门职责", "部门预算表"], doc.Toc.Select(t => t.Title));
        Assert.Equal([1, 2, 1], doc.Toc.Select(t => t.Level));
    }

    [Fact]
    public void Sections_are_cut_at_ordinal_headings_and_a_list_of_sentences_stays_body()
    {
        var doc = Extract(Document);
        Assert.Equal(["第一部分 部门概况", "一、部门职责", "二、情况说明", "（一）收入预算情况", "（二）重点项目: 某某经费"], doc.Sections.Select(s => s.Heading));
        Assert.Equal([1, 2, 2, 3, 3], doc.Sections.Select(s => s.Level));
        Assert.Null(doc.Sections[0].Text);
        Assert.Equal("(一) 负责某某工作，组织实施。\n(二) 负责另一项工作。\n(三) 名词：定义的文字被折行到下一行。", doc.Sections[1].Text); // the converter's break inside a sentence is removed
        Assert.Equal((7, 11), (doc.Sections[1].Location.Line!.Value, doc.Sections[1].Location.EndLine!.Value));
        Assert.Equal("(1)项目概述：某某。", doc.Sections[4].Text);
        AssertAllLinesRecognised(doc);
    }

    [Theory]
    [InlineData("第三部分 2023 年部门预算情况说明", 1)]
    [InlineData("一、部门主要职责", 2)]
    [InlineData("（十）重点项目: 某某经费项目情况说明", 3)]
    public void Heading_levels_come_from_the_ordinal(string line, int level) => Assert.Equal(level, NarrativeHeading.Parse(line)!.Level);

    [Theory]
    [InlineData("(一) 贯彻执行国家的法律法规，制定办法。")]
    [InlineData("(1)项目概述")]
    [InlineData("本部门没有政府性基金。")]
    public void Sentences_and_arabic_items_are_not_headings(string line) => Assert.Null(NarrativeHeading.Parse(line));

    [Theory]
    [InlineData("第二部分 2023 年部门预算表", null)]
    [InlineData("部门支出总表", Tables.TableKinds.ExpenditureSummary)]
    public void A_part_heading_is_not_a_table_title(string line, string? kind) => Assert.Equal(kind, Tables.TitleClassifier.Classify(line));
}
