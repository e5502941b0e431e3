using BudgetLens.Recognition.Tables;

namespace BudgetLens.Recognition.Tests;

/// <summary>Titles are recognised by their words, in the many wordings departments use.</summary>
public sealed class TitleClassifierTests
{
    [Theory]
    [InlineData("重庆市綦江区政务服务管理办公室财政拨款收支总表", TableKinds.FiscalAllocationSummary)]
    [InlineData("收支预算总表", TableKinds.IncomeExpenditureSummary)]
    [InlineData(" 重庆市綦江区政务服务管理办公室部门收支总表", TableKinds.IncomeExpenditureSummary)]
    [InlineData("2019年江苏省政协办公厅财务收支预算总表", TableKinds.IncomeExpenditureSummary)]
    [InlineData("部门收入总表", TableKinds.IncomeSummary)]
    [InlineData("收入预算总表", TableKinds.IncomeSummary)]
    [InlineData("重庆市綦江区政务服务管理办公室 部门支出总表", TableKinds.ExpenditureSummary)]
    [InlineData("支出预算总表", TableKinds.ExpenditureSummary)]
    [InlineData("一般公共预算支出表", TableKinds.GeneralBudgetExpenditure)]
    [InlineData("XX局一般公共预算财政拨款支出预算表", TableKinds.GeneralBudgetExpenditure)]
    [InlineData("一般公共预算基本支出表", TableKinds.GeneralBudgetBasicExpenditure)]
    [InlineData("一般公共预算财政拨款基本支出预算表", TableKinds.GeneralBudgetBasicExpenditure)]
    [InlineData("财政拨款支出预算表", TableKinds.FiscalAllocationExpenditure)]
    [InlineData("财政拨款基本支出预算表", TableKinds.FiscalAllocationBasicExpenditure)]
    [InlineData("财政拨款“三公”经费支出表", TableKinds.ThreePublicExpenses)]
    [InlineData("一般公共预算\"三公\"经费支出表", TableKinds.ThreePublicExpenses)]
    [InlineData("机关运行经费支出预算表", TableKinds.OfficeOperationExpenses)]
    [InlineData("政府性基金预算支出表", TableKinds.GovernmentFundExpenditure)]
    [InlineData("国有资本经营预算支出表", TableKinds.StateCapitalExpenditure)]
    [InlineData("重庆市綦江区政务服务管理办公室 政府采购预算明细表", TableKinds.GovernmentProcurement)]
    [InlineData("项目支出绩效目标表（含转移支付项目）", TableKinds.ProjectTargets)]
    [InlineData("黔南州2023年项目支出绩效目标批复表", TableKinds.ProjectTargets)]
    [InlineData("预算项目绩效信息表（上年结转项目）", TableKinds.ProjectTargets)]
    [InlineData("2023年部门（单位）整体支出绩效目标表", TableKinds.DepartmentTargets)]
    [InlineData("部门整体支出绩效目标表", TableKinds.DepartmentTargets)]
    public void Recognises_titles(string line, string kind) => Assert.Equal(kind, TitleClassifier.Classify(line));

    [Theory]
    [InlineData("- 二、《部门收入总表》")]
    [InlineData("本部门没有使用政府性基金预算拨款安排的支出，故政府性基金预算支出表为空表。")]
    [InlineData("注：若为空表，则为该部门（单位）无政府性基金预算支出表")]
    [InlineData("备注：本表反映2023年当年一般公共预算财政拨款支出情况。")]
    [InlineData("201 一般公共服务支出 927.6 334.61 592.99")]
    [InlineData("表")]
    public void Rejects_lines_that_are_not_titles(string line) => Assert.Null(TitleClassifier.Classify(line));
}
