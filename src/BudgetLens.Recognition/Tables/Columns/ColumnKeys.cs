namespace BudgetLens.Recognition.Tables.Columns;

/// <summary>The column keys of the contract's <c>values</c> objects.</summary>
public static class ColumnKeys
{
    public const string Total = "total";
    public const string Amount = "amount";
    public const string Basic = "basic";
    public const string Project = "project";
    public const string RemitToSuperior = "remitToSuperior";
    public const string BusinessOperation = "businessOperation";
    public const string SubsidyToSubordinate = "subsidyToSubordinate";
    public const string Reserve = "reserve";
    public const string CarryForward = "carryForward";
    public const string Personnel = "personnel";
    public const string PublicUse = "publicUse";
    public const string Carryover = "carryover";
    public const string Fiscal = "fiscal";
    public const string GeneralBudget = "generalBudget";
    public const string GovernmentFund = "governmentFund";
    public const string StateCapital = "stateCapital";
    public const string EducationFees = "educationFees";
    public const string NonEducationFees = "nonEducationFees";
    public const string BusinessIncome = "businessIncome";
    public const string OperatingIncome = "operatingIncome";
    public const string SuperiorSubsidy = "superiorSubsidy";
    public const string AffiliatedRemittance = "affiliatedRemittance";
    public const string OtherIncome = "otherIncome";
    public const string FundMakeup = "fundMakeup";
    public const string ThreePublicSubtotal = "threePublicSubtotal";
    public const string OverseasTravel = "overseasTravel";
    public const string VehicleTotal = "vehicleTotal";
    public const string VehiclePurchase = "vehiclePurchase";
    public const string VehicleOperation = "vehicleOperation";
    public const string Reception = "reception";
    public const string Meeting = "meeting";
    public const string Training = "training";
    public const string OfficeOperation = "officeOperation";
}
