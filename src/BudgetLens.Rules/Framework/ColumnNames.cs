namespace BudgetLens.Rules.Framework;

/// <summary>Chinese and English names of the contract's value keys, for messages.</summary>
public static class ColumnNames
{
    private static readonly Dictionary<string, (string Zh, string En)> Names = new()
    {
        ["total"] = ("合计", "total"), ["basic"] = ("基本支出", "basic"), ["project"] = ("项目支出", "project"),
        ["personnel"] = ("人员经费", "personnel"), ["publicUse"] = ("公用经费", "public use"), ["amount"] = ("金额", "amount"),
        ["carryover"] = ("上年结转", "carry-over"), ["fiscal"] = ("财政拨款", "fiscal"), ["generalBudget"] = ("一般公共预算", "general budget"),
        ["governmentFund"] = ("政府性基金", "government fund"), ["stateCapital"] = ("国有资本经营", "state capital"),
        ["businessIncome"] = ("事业收入", "business income"), ["operatingIncome"] = ("事业单位经营收入", "operating income"),
        ["otherIncome"] = ("其他收入", "other income"), ["overseasTravel"] = ("因公出国（境）费", "overseas travel"),
        ["vehicleTotal"] = ("公务用车购置及运行费", "vehicles"), ["vehiclePurchase"] = ("公务用车购置费", "vehicle purchase"),
        ["vehicleOperation"] = ("公务用车运行费", "vehicle operation"), ["reception"] = ("公务接待费", "reception"),
        ["meeting"] = ("会议费", "meetings"), ["training"] = ("培训费", "training"),
    };

    public static string Zh(string key) => Names.TryGetValue(key, out var n) ? n.Zh : key;

    public static string En(string key) => Names.TryGetValue(key, out var n) ? n.En : key;
}
