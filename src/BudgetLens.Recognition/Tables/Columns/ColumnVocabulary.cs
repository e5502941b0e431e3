using BudgetLens.Model;
using static BudgetLens.Recognition.Tables.Columns.ColumnKeys;

namespace BudgetLens.Recognition.Tables.Columns;

/// <summary>
/// The one map from header words to the contract's value keys (document-json.md "Column keys in values"): which
/// columns each table kind can print and the words naming them, most specific first. Both reader families use it:
/// the space-separated readers find the labels in a header's flattened text (<see cref="HeaderColumnReader"/>, a
/// label matched earlier hides its text from later ones: 一般公共预算财政拨款 is not also 财政拨款); the explicit-cell
/// readers ask <see cref="KeyOf"/> for one column's leaf label and the merged labels above it (the first label
/// matching the leaf wins).
/// </summary>
public static class ColumnVocabulary
{
    private const string TotalWords = "合计|小计|总计|预算数|金额|预算额";

    /// <summary>The labels of one kind (or side) and the key an explicit cell column takes when its header names none of them.</summary>
    private sealed record ColumnSet(ColumnLabel[] Labels, string? Unnamed = null);

    private static readonly ColumnSet FunctionExpenditure = new(
    [
        ColumnLabel.Of(RemitToSuperior, "上缴上级"),
        ColumnLabel.Of(BusinessOperation, "经营支出"),
        ColumnLabel.Of(SubsidyToSubordinate, "对下级|对附属单位补助"),
        ColumnLabel.Of(Reserve, "预留"),
        ColumnLabel.Of(CarryForward, "结转下年"),
        ColumnLabel.Of(Basic, "基本支出"),
        ColumnLabel.Of(Project, "项目支出"),
        ColumnLabel.Of(Total, TotalWords),
    ]);

    private static readonly ColumnSet BasicExpenditure = new(
    [
        ColumnLabel.Of(Personnel, "人员经费|人员支出"),
        ColumnLabel.Of(PublicUse, "公用经费|公用支出"),
        ColumnLabel.Of(Total, TotalWords),
    ]);

    /// <summary>The source columns of an income summary (and of a procurement table, which prints the same columns).</summary>
    private static readonly ColumnSet IncomeSources = new(
    [
        ColumnLabel.Of(FundMakeup, "事业基金|弥补收支差额"),
        ColumnLabel.Of(Carryover, "上年结转|上年结余"),
        ColumnLabel.Of(GeneralBudget, "一般公共预算"),
        ColumnLabel.Of(GovernmentFund, "政府性基金"),
        ColumnLabel.Of(StateCapital, "国有资本"),
        ColumnLabel.Of(Fiscal, "财政拨款"),
        ColumnLabel.Of(OperatingIncome, "事业单位经营|经营收入"),
        ColumnLabel.Of(NonEducationFees, "非教育收费", BusinessIncome),
        ColumnLabel.Of(EducationFees, "教育收费", BusinessIncome),
        ColumnLabel.Of(BusinessIncome, "事业收入"),
        ColumnLabel.Of(SuperiorSubsidy, "上级补助"),
        ColumnLabel.Of(AffiliatedRemittance, "附属单位"),
        ColumnLabel.Of(OtherIncome, "其他收入"),
        ColumnLabel.Of(Total, TotalWords),
    ]);

    /// <summary>
    /// "三公" (with 会议费, 培训费 and 机关运行经费 where a table prints them beside it). 小计 under the 公务用车 group is
    /// the group's total; any other 小计 is the "三公" subtotal.
    /// </summary>
    private static readonly ColumnSet ThreePublic = new(
    [
        ColumnLabel.Of(OfficeOperation, "机关运行"),
        ColumnLabel.Of(OverseasTravel, "出国"),
        ColumnLabel.Of(VehicleTotal, "公务用车购置及运行(?:[(（]?维护[)）]?)?费|购置[及和与、]?运行"),
        ColumnLabel.Of(VehiclePurchase, "购置", VehicleTotal),
        ColumnLabel.Of(VehicleOperation, "运行", VehicleTotal),
        ColumnLabel.Of(VehicleTotal, "小计", VehicleTotal),
        ColumnLabel.Of(Reception, "接待"),
        ColumnLabel.Of(Meeting, "会议"),
        ColumnLabel.Of(Training, "培训"),
        ColumnLabel.Of(ThreePublicSubtotal, "三公经费(?:小计|合计)?|小计"),
        ColumnLabel.Of(Total, "合计|总计|预算数|金额|预算额"),
    ]);

    private static readonly ColumnSet FiscalSummaryExpenditure = new(
    [
        ColumnLabel.Of(GeneralBudget, "一般公共预算"),
        ColumnLabel.Of(GovernmentFund, "政府性基金"),
        ColumnLabel.Of(StateCapital, "国有资本经营"),
        ColumnLabel.Of(Total, TotalWords),
    ], Unnamed: Total);

    private static readonly ColumnSet SummaryExpenditure = new(
    [
        ColumnLabel.Of(Basic, "基本支出"),
        ColumnLabel.Of(Personnel, "人员经费|人员支出"),
        ColumnLabel.Of(PublicUse, "公用经费|公用支出"),
        ColumnLabel.Of(Project, "项目支出"),
        ColumnLabel.Of(Amount, TotalWords),
    ], Unnamed: Amount);

    /// <summary>The income side of a two-sided summary: one amount column, whatever its header says.</summary>
    private static readonly ColumnSet SummaryIncome = new([ColumnLabel.Of(Amount, "合计|预算数|金额|预算")], Unnamed: Amount);

    private static readonly ColumnSet OfficeOperationAmount = new([ColumnLabel.Of(Amount, "合计|总计|预算|金额|机关运行经费")]);

    private static readonly ColumnSet SingleTotal = new([ColumnLabel.Of(Total, "合计|小计|总计|预算|金额")]);

    /// <summary>The labels of a kind's columns; <paramref name="side"/> picks the side of a two-sided summary (expenditure when not given).</summary>
    public static IReadOnlyList<ColumnLabel> For(string kind, string? side = null) => SetFor(kind, side).Labels;

    /// <summary>
    /// The key of one explicit header cell column: its <paramref name="leaf"/> label (the lowest printed in it) and
    /// <paramref name="parent"/>, the merged labels above it. A group's own subtotal (公务用车 … 小计) is recognised
    /// only under its group label. Null when the header names no column of the kind.
    /// </summary>
    public static string? KeyOf(string kind, string leaf, string parent, string? side = null)
    {
        var set = SetFor(kind, side);
        foreach (var label in set.Labels)
        {
            if (!label.Pattern.IsMatch(leaf)) continue;
            if (label.GroupOf == label.Key && !IsUnder(set, label.Key, parent)) continue;
            return label.Key;
        }
        return set.Unnamed;
    }

    private static bool IsUnder(ColumnSet set, string group, string parent) =>
        set.Labels.Any(l => l.Key == group && l.GroupOf is null && l.Pattern.IsMatch(parent));

    private static ColumnSet SetFor(string kind, string? side) => kind switch
    {
        TableKinds.GeneralBudgetExpenditure or TableKinds.FiscalAllocationExpenditure or TableKinds.GovernmentFundExpenditure
            or TableKinds.StateCapitalExpenditure or TableKinds.ExpenditureSummary => FunctionExpenditure,
        TableKinds.GeneralBudgetBasicExpenditure or TableKinds.FiscalAllocationBasicExpenditure => BasicExpenditure,
        TableKinds.IncomeSummary or TableKinds.GovernmentProcurement => IncomeSources,
        TableKinds.ThreePublicExpenses => ThreePublic,
        TableKinds.OfficeOperationExpenses => OfficeOperationAmount,
        TableKinds.FiscalAllocationSummary => side == RowSides.Income ? SummaryIncome : FiscalSummaryExpenditure,
        TableKinds.IncomeExpenditureSummary => side == RowSides.Income ? SummaryIncome : SummaryExpenditure,
        _ => SingleTotal,
    };
}
