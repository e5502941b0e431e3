using BudgetLens.Recognition.Tables.Columns;
using static BudgetLens.Recognition.Tables.Columns.ColumnKeys;

namespace BudgetLens.Recognition.Tables.Placement;

/// <summary>An identity between the columns of one row: <see cref="Total"/> = Σ <see cref="Parts"/> (a blank cell is 0).</summary>
public sealed record SumIdentity(string Total, IReadOnlyList<string> Parts)
{
    /// <summary>The identities a kind's rows obey, restricted to the columns its header prints.</summary>
    public static IReadOnlyList<SumIdentity> For(string kind, IReadOnlyList<string> columns)
    {
        var all = kind switch
        {
            TableKinds.GeneralBudgetExpenditure or TableKinds.FiscalAllocationExpenditure or TableKinds.GovernmentFundExpenditure
                or TableKinds.StateCapitalExpenditure or TableKinds.ExpenditureSummary =>
                [new(ColumnKeys.Total, [Basic, Project, RemitToSuperior, BusinessOperation, SubsidyToSubordinate, Reserve, CarryForward])],
            TableKinds.GeneralBudgetBasicExpenditure or TableKinds.FiscalAllocationBasicExpenditure => [new(ColumnKeys.Total, [Personnel, PublicUse])],
            TableKinds.IncomeSummary or TableKinds.GovernmentProcurement =>
                [new(ColumnKeys.Total, [Carryover, Fiscal, GeneralBudget, GovernmentFund, StateCapital, BusinessIncome, EducationFees, NonEducationFees,
                    OperatingIncome, SuperiorSubsidy, AffiliatedRemittance, OtherIncome, FundMakeup])],
            TableKinds.ThreePublicExpenses => columns.Contains(ThreePublicSubtotal)
                ? [new(ColumnKeys.Total, [ThreePublicSubtotal, Meeting, Training]), new(ThreePublicSubtotal, [OverseasTravel, VehicleTotal, Reception]),
                   new(VehicleTotal, [VehiclePurchase, VehicleOperation])]
                : [new(ColumnKeys.Total, [OverseasTravel, VehicleTotal, Reception, Meeting, Training]), new(VehicleTotal, [VehiclePurchase, VehicleOperation])],
            TableKinds.FiscalAllocationSummary => [new(ColumnKeys.Total, [GeneralBudget, GovernmentFund, StateCapital])],
            TableKinds.IncomeExpenditureSummary => [new(Amount, [Basic, Project]), new(Basic, [Personnel, PublicUse])],
            _ => new SumIdentity[0],
        };
        return all
            .Select(i => new SumIdentity(i.Total, i.Parts.Where(columns.Contains).ToList()))
            .Where(i => columns.Contains(i.Total) && i.Parts.Count > 0)
            .ToList();
    }
}
