using BudgetLens.Model;
using static BudgetLens.Recognition.Tables.Columns.ColumnKeys;

namespace BudgetLens.Recognition.Tables.Columns;

/// <summary>
/// Which columns each table kind can print and the header words naming them, most specific first (a label matched
/// earlier hides its text from later ones: 一般公共预算财政拨款 is not also 财政拨款). Shared by every reader.
/// </summary>
public static class ColumnVocabulary
{
    private static readonly ColumnLabel[] FunctionExpenditure =
    [
        ColumnLabel.Of(RemitToSuperior, "上缴上级"),
        ColumnLabel.Of(BusinessOperation, "事业单位经营支出"),
        ColumnLabel.Of(SubsidyToSubordinate, "对下级单位补助|对附属单位补助"),
        ColumnLabel.Of(Reserve, "预留机动"),
        ColumnLabel.Of(CarryForward, "结转下年"),
        ColumnLabel.Of(Basic, "基本支出"),
        ColumnLabel.Of(Project, "项目支出"),
        ColumnLabel.Of(Total, "合计|小计|总计"),
    ];

    private static readonly ColumnLabel[] BasicExpenditure =
    [
        ColumnLabel.Of(Personnel, "人员经费|人员支出"),
        ColumnLabel.Of(PublicUse, "公用经费|公用支出"),
        ColumnLabel.Of(Total, "合计|小计|总计"),
    ];

    private static readonly ColumnLabel[] IncomeSources =
    [
        ColumnLabel.Of(FundMakeup, "用事业基金弥补|弥补收支差额"),
        ColumnLabel.Of(Carryover, "上年结转|上年结余"),
        ColumnLabel.Of(GeneralBudget, "一般公共预算"),
        ColumnLabel.Of(GovernmentFund, "政府性基金"),
        ColumnLabel.Of(StateCapital, "国有资本经营"),
        ColumnLabel.Of(Fiscal, "财政拨款"),
        ColumnLabel.Of(OperatingIncome, "事业单位经营"),
        ColumnLabel.Of(NonEducationFees, "非教育收费", BusinessIncome),
        ColumnLabel.Of(EducationFees, "教育收费", BusinessIncome),
        ColumnLabel.Of(BusinessIncome, "事业收入"),
        ColumnLabel.Of(SuperiorSubsidy, "上级补助"),
        ColumnLabel.Of(AffiliatedRemittance, "附属单位上缴"),
        ColumnLabel.Of(OtherIncome, "其他收入"),
        ColumnLabel.Of(Total, "合计|小计|总计"),
    ];

    private static readonly ColumnLabel[] ThreePublic =
    [
        ColumnLabel.Of(OfficeOperation, "机关运行经费"),
        ColumnLabel.Of(OverseasTravel, "因公出国"),
        ColumnLabel.Of(VehicleTotal, "公务用车购置及运行(?:[(（]?维护[)）]?)?费"),
        ColumnLabel.Of(VehiclePurchase, "(?:公务用车)?购置费", VehicleTotal),
        ColumnLabel.Of(VehicleOperation, "(?:公务用车)?运行(?:[(（]?维护[)）]?)?费", VehicleTotal),
        ColumnLabel.Of(VehicleTotal, "小计", VehicleTotal),
        ColumnLabel.Of(Reception, "公务接待"),
        ColumnLabel.Of(Meeting, "会议费"),
        ColumnLabel.Of(Training, "培训费"),
        ColumnLabel.Of(ThreePublicSubtotal, "三公经费(?:小计|合计)?"),
        ColumnLabel.Of(Total, "合计|总计"),
    ];

    private static readonly ColumnLabel[] FiscalSummaryExpenditure =
    [
        ColumnLabel.Of(GeneralBudget, "一般公共预算"),
        ColumnLabel.Of(GovernmentFund, "政府性基金"),
        ColumnLabel.Of(StateCapital, "国有资本经营"),
        ColumnLabel.Of(Total, "合计|小计|总计|预算数|金额"),
    ];

    private static readonly ColumnLabel[] SummaryExpenditure =
    [
        ColumnLabel.Of(Basic, "基本支出"),
        ColumnLabel.Of(Personnel, "人员经费|人员支出"),
        ColumnLabel.Of(PublicUse, "公用经费|公用支出"),
        ColumnLabel.Of(Project, "项目支出"),
        ColumnLabel.Of(Amount, "合计|小计|预算数|金额"),
    ];

    private static readonly ColumnLabel[] SingleAmount = [ColumnLabel.Of(Amount, "合计|预算数|金额|预算")];

    private static readonly ColumnLabel[] SingleTotal = [ColumnLabel.Of(Total, "合计|预算数|金额|预算|小计|总计")];

    /// <summary>The labels of a kind's columns; <paramref name="side"/> picks the side of a two-sided summary.</summary>
    public static IReadOnlyList<ColumnLabel> For(string kind, string? side = null) => kind switch
    {
        TableKinds.GeneralBudgetExpenditure or TableKinds.FiscalAllocationExpenditure or TableKinds.GovernmentFundExpenditure
            or TableKinds.StateCapitalExpenditure or TableKinds.ExpenditureSummary => FunctionExpenditure,
        TableKinds.GeneralBudgetBasicExpenditure or TableKinds.FiscalAllocationBasicExpenditure => BasicExpenditure,
        TableKinds.IncomeSummary or TableKinds.GovernmentProcurement => IncomeSources,
        TableKinds.ThreePublicExpenses => ThreePublic,
        TableKinds.OfficeOperationExpenses => SingleAmount,
        TableKinds.FiscalAllocationSummary => side == RowSides.Income ? SingleAmount : FiscalSummaryExpenditure,
        TableKinds.IncomeExpenditureSummary => side == RowSides.Income ? SingleAmount : SummaryExpenditure,
        _ => SingleTotal,
    };
}
