namespace BudgetLens.Writers;

/// <summary>The printed header words of each value key of the contract (document-json.md), per table kind, and of the funds keys of target sheets.</summary>
public static class ColumnLabels
{
    public static string Of(string kind, string key, bool expenditure = false) => (kind, key) switch
    {
        ("income-expenditure-summary", "amount") => "预算数",
        ("fiscal-allocation-summary", "amount") => "预算数",
        ("fiscal-allocation-summary", "total") => "合计",
        ("fiscal-allocation-summary", "generalBudget") => "一般公共预算财政拨款",
        ("fiscal-allocation-summary", "governmentFund") => "政府性基金预算财政拨款",
        ("fiscal-allocation-summary", "stateCapital") => "国有资本经营预算财政拨款",
        ("three-public-expenses", "total") => "合计",
        ("three-public-expenses", "threePublicSubtotal") => "“三公”经费小计",
        ("three-public-expenses", "vehicleTotal") => "公务用车购置及运行费",
        (_, "amount") => "金额",
        _ => Common(key),
    };

    private static string Common(string key) => key switch
    {
        "total" => "合计",
        "basic" => "基本支出",
        "project" => "项目支出",
        "personnel" => "人员经费",
        "publicUse" => "公用经费",
        "remitToSuperior" => "上缴上级支出",
        "businessOperation" => "事业单位经营支出",
        "subsidyToSubordinate" => "对下级单位补助支出",
        "reserve" => "单位预留机动经费",
        "carryForward" => "结转下年资金",
        "carryover" => "上年结转",
        "fiscal" => "财政拨款（补助）收入",
        "generalBudget" => "一般公共预算拨款收入",
        "governmentFund" => "政府性基金预算拨款收入",
        "stateCapital" => "国有资本经营预算拨款收入",
        "educationFees" => "教育收费",
        "nonEducationFees" => "非教育收费",
        "businessIncome" => "事业收入",
        "operatingIncome" => "事业单位经营收入",
        "superiorSubsidy" => "上级补助收入",
        "affiliatedRemittance" => "附属单位上缴收入",
        "otherIncome" => "其他收入",
        "fundMakeup" => "用事业基金弥补收支差额",
        "overseasTravel" => "因公出国（境）费",
        "vehiclePurchase" => "公务用车购置费",
        "vehicleOperation" => "公务用车运行维护费",
        "reception" => "公务接待费",
        "meeting" => "会议费",
        "training" => "培训费",
        "officeOperation" => "机关运行经费",
        _ => key,
    };

    public static string Fund(string key, bool department) => key switch
    {
        "total" => department ? "收入预算合计" : "年度资金总额",
        "fiscal" => "财政拨款",
        "fiscalSpecialAccount" => "财政专户拨款",
        "nonFiscal" => department ? "其他经费" : "非财政拨款",
        "other" => "其他资金",
        "carryover" => "上年结转",
        "superior" => "上级资金",
        "local" => "本级资金",
        "projectTotal" => "项目资金总额",
        "expenditureTotal" => "支出预算合计",
        "basic" => "基本支出",
        "project" => "项目支出",
        _ => key,
    };
}
