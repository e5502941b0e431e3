namespace BudgetLens.Recognition.Tables;

/// <summary>The table kinds of the contract (JSON key <c>kind</c>).</summary>
public static class TableKinds
{
    public const string IncomeExpenditureSummary = "income-expenditure-summary";
    public const string IncomeSummary = "income-summary";
    public const string ExpenditureSummary = "expenditure-summary";
    public const string FiscalAllocationSummary = "fiscal-allocation-summary";
    public const string FiscalAllocationExpenditure = "fiscal-allocation-expenditure";
    public const string FiscalAllocationBasicExpenditure = "fiscal-allocation-basic-expenditure";
    public const string GeneralBudgetExpenditure = "general-budget-expenditure";
    public const string GeneralBudgetBasicExpenditure = "general-budget-basic-expenditure";
    public const string ThreePublicExpenses = "three-public-expenses";
    public const string OfficeOperationExpenses = "office-operation-expenses";
    public const string GovernmentFundExpenditure = "government-fund-expenditure";
    public const string StateCapitalExpenditure = "state-capital-expenditure";
    public const string GovernmentProcurement = "government-procurement";
    public const string ProjectSummary = "project-summary";
    public const string Other = "other";

    /// <summary>Sheets, not tables: they go to <c>projects</c> and <c>departmentTargets</c>.</summary>
    public const string ProjectTargets = "#project-targets";
    public const string DepartmentTargets = "#department-targets";

    public static bool IsFunctionClassified(string kind) => kind is ExpenditureSummary or FiscalAllocationExpenditure or GeneralBudgetExpenditure
        or GovernmentFundExpenditure or StateCapitalExpenditure or IncomeSummary;

    public static bool IsEconomicClassified(string kind) => kind is GeneralBudgetBasicExpenditure or FiscalAllocationBasicExpenditure or OfficeOperationExpenses;

    public static bool IsTwoSided(string kind) => kind is IncomeExpenditureSummary or FiscalAllocationSummary;

    public static bool IsSheet(string kind) => kind is ProjectTargets or DepartmentTargets;
}
