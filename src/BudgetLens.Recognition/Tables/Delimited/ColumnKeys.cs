namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>What a column of a budget table holds: the row's code, a unit's own code, the row's label, or an amount under a contract key.</summary>
public enum ColumnRole { None, Code, UnitCode, Name, Value }

public sealed record ColumnMeaning(ColumnRole Role, string? Key = null)
{
    public static ColumnMeaning None { get; } = new(ColumnRole.None);
}

/// <summary>
/// Maps the header words of a column (leaf label and the merged labels above it) to the contract's value keys,
/// per table kind (document-json.md "Column keys in values"). Matching is by words, so column order is free.
/// </summary>
public static class ColumnKeys
{
    public static ColumnMeaning Of(string kind, string leaf, string parent, bool expenditureSide = false)
    {
        if (leaf.Length == 0) return ColumnMeaning.None;
        if (IsUnitCode(leaf)) return new(ColumnRole.UnitCode);
        if (leaf.Contains("编码") || leaf.Contains("代码")) return new(ColumnRole.Code);
        if (IsLabelColumn(leaf)) return new(ColumnRole.Name);
        var key = kind switch
        {
            TableKinds.IncomeExpenditureSummary => expenditureSide ? SummaryExpenditureKey(leaf) : "amount",
            TableKinds.FiscalAllocationSummary => expenditureSide ? FiscalSummaryExpenditureKey(leaf) : "amount",
            TableKinds.ThreePublicExpenses => ThreePublicKey(leaf, parent),
            TableKinds.GeneralBudgetBasicExpenditure or TableKinds.FiscalAllocationBasicExpenditure => BasicKey(leaf),
            TableKinds.OfficeOperationExpenses => IsTotalWord(leaf) || leaf.Contains("机关运行经费") ? "amount" : null,
            TableKinds.IncomeSummary or TableKinds.GovernmentProcurement => IncomeKey(leaf),
            _ when TableKinds.IsFunctionClassified(kind) => FunctionKey(leaf),
            _ => IsTotalWord(leaf) ? "total" : null,
        };
        return key is null ? ColumnMeaning.None : new(ColumnRole.Value, key);
    }

    private static bool IsUnitCode(string leaf) =>
        (leaf.StartsWith("部门") || leaf.StartsWith("单位")) && (leaf.Contains("编码") || leaf.Contains("代码"));

    private static bool IsLabelColumn(string leaf) =>
        leaf.Contains("名称") || leaf.StartsWith("项目") && !leaf.Contains("项目支出") || leaf.EndsWith("科目") || leaf == "科目";

    private static bool IsTotalWord(string leaf) =>
        leaf.Contains("合计") || leaf.Contains("总计") || leaf.Contains("预算数") || leaf.Contains("金额") || leaf.Contains("预算额");

    private static string? FunctionKey(string leaf) => leaf switch
    {
        _ when leaf.Contains("基本支出") => "basic",
        _ when leaf.Contains("项目支出") => "project",
        _ when leaf.Contains("上缴上级") => "remitToSuperior",
        _ when leaf.Contains("经营支出") => "businessOperation",
        _ when leaf.Contains("对下级") => "subsidyToSubordinate",
        _ when leaf.Contains("预留") => "reserve",
        _ when leaf.Contains("结转下年") => "carryForward",
        _ when IsTotalWord(leaf) => "total",
        _ => null,
    };

    /// <summary>The source columns of an income summary (and of a procurement table, which prints the same columns).</summary>
    private static string? IncomeKey(string leaf) => leaf switch
    {
        _ when leaf.Contains("上年结转") => "carryover",
        _ when leaf.Contains("一般公共预算") => "generalBudget",
        _ when leaf.Contains("政府性基金") => "governmentFund",
        _ when leaf.Contains("国有资本") => "stateCapital",
        _ when leaf.Contains("非教育收费") => "nonEducationFees",
        _ when leaf.Contains("教育收费") => "educationFees",
        _ when leaf.Contains("事业单位经营") || leaf.Contains("经营收入") => "operatingIncome",
        _ when leaf.Contains("事业收入") => "businessIncome",
        _ when leaf.Contains("上级补助") => "superiorSubsidy",
        _ when leaf.Contains("附属单位") => "affiliatedRemittance",
        _ when leaf.Contains("其他收入") => "otherIncome",
        _ when leaf.Contains("事业基金") => "fundMakeup",
        _ when leaf.Contains("财政拨款") => "fiscal",
        _ when IsTotalWord(leaf) => "total",
        _ => null,
    };

    private static string? BasicKey(string leaf) => leaf switch
    {
        _ when leaf.Contains("人员经费") || leaf.Contains("人员支出") => "personnel",
        _ when leaf.Contains("公用经费") || leaf.Contains("公用支出") => "publicUse",
        _ when IsTotalWord(leaf) => "total",
        _ => null,
    };

    private static string? ThreePublicKey(string leaf, string parent)
    {
        bool purchase = leaf.Contains("购置"), operation = leaf.Contains("运行");
        if (leaf.Contains("机关运行")) return "officeOperation";
        if (leaf.Contains("出国")) return "overseasTravel";
        if (leaf.Contains("接待")) return "reception";
        if (leaf.Contains("会议")) return "meeting";
        if (leaf.Contains("培训")) return "training";
        if (purchase && operation) return "vehicleTotal";
        if (purchase) return "vehiclePurchase";
        if (operation) return "vehicleOperation";
        if (leaf.Contains("小计")) return parent.Contains("公务用车") ? "vehicleTotal" : "threePublicSubtotal";
        return IsTotalWord(leaf) ? "total" : null;
    }

    private static string? SummaryExpenditureKey(string leaf) => leaf switch
    {
        _ when leaf.Contains("基本支出") => "basic",
        _ when leaf.Contains("人员经费") => "personnel",
        _ when leaf.Contains("公用经费") => "publicUse",
        _ when leaf.Contains("项目支出") => "project",
        _ => "amount",
    };

    private static string? FiscalSummaryExpenditureKey(string leaf) => leaf switch
    {
        _ when leaf.Contains("一般公共预算") => "generalBudget",
        _ when leaf.Contains("政府性基金") => "governmentFund",
        _ when leaf.Contains("国有资本经营") => "stateCapital",
        _ => "total",
    };
}
