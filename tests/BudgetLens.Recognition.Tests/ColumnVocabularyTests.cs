using BudgetLens.Model;
using BudgetLens.Recognition.Tables;
using BudgetLens.Recognition.Tables.Columns;
using BudgetLens.Recognition.Tables.Delimited;

namespace BudgetLens.Recognition.Tests;

/// <summary>
/// The one header vocabulary both reader families use: a flat header gives the same keys whether its labels are
/// read from space-separated text or cell by cell, in any order and in the wordings budgets print.
/// </summary>
public sealed class ColumnVocabularyTests
{
    [Theory]
    [InlineData(TableKinds.ExpenditureSummary, null, "项目支出|基本支出|合计|结转下年资金|单位预留机动经费|对附属单位补助支出|上缴上级支出|事业单位经营支出",
        "project,basic,total,carryForward,reserve,subsidyToSubordinate,remitToSuperior,businessOperation")]
    [InlineData(TableKinds.GeneralBudgetExpenditure, null, "基本支出|项目支出|总计", "basic,project,total")]
    [InlineData(TableKinds.FiscalAllocationExpenditure, null, "预算数|项目支出|基本支出", "total,project,basic")]
    [InlineData(TableKinds.GeneralBudgetBasicExpenditure, null, "公用支出|人员支出|总计", "publicUse,personnel,total")]
    [InlineData(TableKinds.FiscalAllocationBasicExpenditure, null, "人员经费|合计|公用经费", "personnel,total,publicUse")]
    [InlineData(TableKinds.IncomeSummary, null, "其他收入|上年结余|财政拨款（补助）收入|事业单位经营收入|上级补助收入|附属单位上缴收入|用事业基金弥补收支差额|总计",
        "otherIncome,carryover,fiscal,operatingIncome,superiorSubsidy,affiliatedRemittance,fundMakeup,total")]
    [InlineData(TableKinds.IncomeSummary, null, "合计|一般公共预算拨款收入|政府性基金预算拨款收入|国有资本经营预算拨款收入|事业收入",
        "total,generalBudget,governmentFund,stateCapital,businessIncome")]
    [InlineData(TableKinds.GovernmentProcurement, null, "政府性基金|一般公共预算|合计|上年结转|其他收入", "governmentFund,generalBudget,total,carryover,otherIncome")]
    [InlineData(TableKinds.ThreePublicExpenses, null, "公务接待费|因公出国（境）费|合计|公务用车购置及运行（维护）费", "reception,overseasTravel,total,vehicleTotal")]
    [InlineData(TableKinds.ThreePublicExpenses, null, "机关运行经费|会议费|培训费|因公出国(境)费|公务接待费|总计",
        "officeOperation,meeting,training,overseasTravel,reception,total")]
    [InlineData(TableKinds.OfficeOperationExpenses, null, "机关运行经费", "amount")]
    [InlineData(TableKinds.OfficeOperationExpenses, null, "2024年预算数", "amount")]
    [InlineData(TableKinds.FiscalAllocationSummary, RowSides.Expenditure, "国有资本经营预算|合计|政府性基金预算|一般公共预算",
        "stateCapital,total,governmentFund,generalBudget")]
    [InlineData(TableKinds.FiscalAllocationSummary, RowSides.Income, "预算数", "amount")]
    [InlineData(TableKinds.IncomeExpenditureSummary, RowSides.Expenditure, "项目支出|基本支出|人员经费|公用经费|金额",
        "project,basic,personnel,publicUse,amount")]
    [InlineData(TableKinds.IncomeExpenditureSummary, RowSides.Income, "金额", "amount")]
    [InlineData(TableKinds.Other, null, "小计", "total")]
    [InlineData(TableKinds.Other, null, "2024年预算", "total")]
    public void Both_families_read_a_flat_header_to_the_same_keys(string kind, string? side, string labels, string expected)
    {
        var columns = labels.Split('|');
        Assert.Equal(expected.Split(','), HeaderColumnReader.Read(kind, string.Join(" ", columns), side));
        Assert.Equal(expected.Split(','), columns.Select(c => ColumnVocabulary.KeyOf(kind, HeaderColumns.Normalize(c), "", side)));
    }

    [Fact]
    public void Three_public_groups_and_subtotals_read_from_spaced_text()
    {
        var header = "合计 “三公”经费小计 因公出国（境）费 公务用车购置及运行维护费\n小计 购置费 运行费 公务接待费 会议费 培训费";
        Assert.Equal(["total", "threePublicSubtotal", "overseasTravel", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception", "meeting", "training"],
            HeaderColumnReader.Read(TableKinds.ThreePublicExpenses, header));
    }

    [Theory]
    [InlineData("小计", "公务用车购置及运行(维护)费", "vehicleTotal")]
    [InlineData("小计", "三公经费", "threePublicSubtotal")]
    [InlineData("小计", "", "threePublicSubtotal")]
    [InlineData("三公经费合计", "", "threePublicSubtotal")]
    [InlineData("购置费", "公务用车购置及运行费", "vehiclePurchase")]
    [InlineData("公务用车运行维护费", "", "vehicleOperation")]
    [InlineData("会议费", "三公经费", "meeting")]
    [InlineData("培训费", "", "training")]
    [InlineData("机关运行经费", "", "officeOperation")]
    [InlineData("合计", "", "total")]
    public void Three_public_cells_take_their_group_from_the_labels_above(string leaf, string parent, string expected) =>
        Assert.Equal(expected, ColumnVocabulary.KeyOf(TableKinds.ThreePublicExpenses, HeaderColumns.Normalize(leaf), HeaderColumns.Normalize(parent)));

    [Theory]
    [InlineData(TableKinds.IncomeSummary, "教育收费", "事业收入", "educationFees")]
    [InlineData(TableKinds.IncomeSummary, "非教育收费", "事业收入", "nonEducationFees")]
    [InlineData(TableKinds.GovernmentProcurement, "一般公共预算", "财政拨款", "generalBudget")]
    [InlineData(TableKinds.GovernmentProcurement, "事业单位经营收入", "", "operatingIncome")]
    public void Income_source_cells_under_a_group_label(string kind, string leaf, string parent, string expected) =>
        Assert.Equal(expected, ColumnVocabulary.KeyOf(kind, leaf, parent));

    [Fact]
    public void Income_summary_sub_columns_take_the_place_of_their_group_in_spaced_text() =>
        Assert.Equal(["total", "fiscal", "educationFees", "nonEducationFees", "otherIncome"],
            HeaderColumnReader.Read(TableKinds.IncomeSummary, "合计 财政拨款 事业收入 其他收入\n教育收费 非教育收费"));

    [Fact]
    public void A_cell_column_naming_nothing_takes_the_side_s_unnamed_key_where_one_exists()
    {
        Assert.Equal("amount", ColumnVocabulary.KeyOf(TableKinds.IncomeExpenditureSummary, "本年预算", "支出", RowSides.Expenditure));
        Assert.Equal("total", ColumnVocabulary.KeyOf(TableKinds.FiscalAllocationSummary, "本年", "支出", RowSides.Expenditure));
        Assert.Null(ColumnVocabulary.KeyOf(TableKinds.OfficeOperationExpenses, "备注", ""));
        Assert.Null(ColumnVocabulary.KeyOf(TableKinds.GeneralBudgetBasicExpenditure, "备注", ""));
        Assert.Equal(ColumnRole.Name, ColumnMeaning.Of(TableKinds.GeneralBudgetExpenditure, "科目名称", "").Role);
        Assert.Equal(ColumnRole.Value, ColumnMeaning.Of(TableKinds.GeneralBudgetExpenditure, "项目支出", "").Role);
    }
}
