using BudgetLens.Rules.Text;

namespace BudgetLens.Rules.Tests.Text;

public sealed class TableTitlesTests
{
    [Theory]
    [InlineData("收支预算总表", "income-expenditure-summary")]
    [InlineData("《部门收入总表》", "income-summary")]
    [InlineData("收入预算总表", "income-summary")]
    [InlineData("支出预算总表", "expenditure-summary")]
    [InlineData("财政拨款收支预算总表", "fiscal-allocation-summary")]
    [InlineData("财政拨款基本支出预算表", "fiscal-allocation-basic-expenditure")]
    [InlineData("一般公共预算支出表", "general-budget-expenditure")]
    [InlineData("一般公共预算 基本支出表", "general-budget-basic-expenditure")]
    [InlineData("一般公共预算\"三公\"经费（会议费、培训费）支出预算表", "three-public-expenses")]
    [InlineData("政府性基金财政拨款支出预算表", "government-fund-expenditure")]
    [InlineData("一般公共预算机关运行经费支出预算表", "office-operation-expenses")]
    [InlineData("部门整体支出绩效目标表", TableTitles.DepartmentTargets)]
    [InlineData("重点项目支出绩效目标表", TableTitles.ProjectTargets)]
    public void Titles_name_their_kind(string title, string kind) => Assert.Equal(kind, TableTitles.KindOf(title));

    [Theory]
    [InlineData("部门概况")]
    [InlineData("2023 年部门预算表")]
    [InlineData("2023 年部门预算收支情况说明")]
    [InlineData("名词解释")]
    public void Other_contents_lines_name_no_table(string title) => Assert.Null(TableTitles.KindOf(title));
}
