using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tests;

public sealed class LayoutMarkerTests
{
    [Theory]
    [InlineData("公开01表")]
    [InlineData("附件4-2")]
    [InlineData("部门公开表1")]
    [InlineData("表 3")]
    [InlineData("表一")]
    [InlineData("表十二")]
    [InlineData("附件三")]
    [InlineData("部门公开表十")]
    public void Attachment_labels_with_arabic_or_chinese_numerals_are_labels(string line) =>
        Assert.True(LayoutMarker.IsLabel(line));

    [Theory]
    [InlineData("表一中的数据")]
    [InlineData("一、表格说明")]
    [InlineData("表格")]
    public void Text_starting_like_a_label_is_not_one(string line) =>
        Assert.False(LayoutMarker.IsLabel(line));

    [Fact]
    public void A_table_labelled_with_a_chinese_numeral_leaves_no_line_unrecognised()
    {
        var doc = DelimitedTestDocument.Extract(
            "表五",
            "财政拨款支出预算表",
            "部门：某某单位→→单位：万元",
            "功能科目代码→功能科目名称→金额",
            "→合计→10.00",
            "201→一般公共服务支出→10.00");
        DelimitedTestDocument.AssertAllLinesRecognised(doc);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("财政拨款支出预算表", table.Title);
        Assert.Equal(2, table.Rows.Count);
    }
}

/// <summary>Attachment labels and page numbers are layout, never titles, however the number is printed.</summary>
public sealed class LayoutMarkerLabelTests
{
    [Theory]
    [InlineData("附件4-2")]
    [InlineData("部门公开表1")]
    [InlineData("公开01表")]
    [InlineData("公开表一")]
    [InlineData("公开表十二")]
    [InlineData("部门公开表三")]
    [InlineData("附件三")]
    [InlineData("- 3 -")]
    public void Labels_are_recognised(string line) => Assert.True(LayoutMarker.IsLabel(line));

    [Theory]
    [InlineData("公开表一览")]
    [InlineData("收支预算总表")]
    [InlineData("一、收支预算总表")]
    public void Titles_are_not_labels(string line) => Assert.False(LayoutMarker.IsLabel(line));
}
