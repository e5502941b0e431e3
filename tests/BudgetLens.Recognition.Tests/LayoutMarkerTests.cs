using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tests;

/// <summary>Attachment labels and page numbers are layout, never titles, however the number is printed.</summary>
public sealed class LayoutMarkerTests
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
