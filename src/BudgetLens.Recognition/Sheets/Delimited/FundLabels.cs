using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.Delimited;

/// <summary>
/// The money labels of target sheets and the <c>funds</c> keys they fill (document-json.md, TargetSheet funds),
/// for project sheets and department sheets. "其中：" and spaces are ignored.
/// </summary>
public static class FundLabels
{
    private static readonly Dictionary<string, string> Shared = new()
    {
        ["财政拨款"] = "fiscal", ["当年财政拨款"] = "fiscal", ["财政拨款资金"] = "fiscal",
        ["财政专户"] = "fiscalSpecialAccount", ["财政专户拨款"] = "fiscalSpecialAccount", ["财政专户资金"] = "fiscalSpecialAccount",
        ["非财政拨款"] = "nonFiscal", ["上年结转"] = "carryover", ["上级资金"] = "superior", ["本级资金"] = "local",
        ["其他资金"] = "other", ["单位资金"] = "other",
    };

    private static readonly Dictionary<string, string> Project = new()
    {
        ["年度资金总额"] = "total", ["年度资金申请总额"] = "total", ["当年预算"] = "total", ["资金总额"] = "total", ["总额"] = "total", ["总计"] = "total",
        ["财政资金"] = "fiscal", ["项目资金总额"] = "projectTotal",
    };

    private static readonly Dictionary<string, string> Department = new()
    {
        ["收入预算合计"] = "total", ["预算收入总额"] = "total", ["其他经费"] = "nonFiscal",
        ["支出预算合计"] = "expenditureTotal", ["预算支出总额"] = "expenditureTotal", ["基本支出"] = "basic", ["项目支出"] = "project",
    };

    public static string? KeyOf(string label, bool departmentSheet)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(label)).TrimEnd(':');
        if (t.StartsWith("其中", StringComparison.Ordinal)) t = t[2..].TrimStart(':');
        if ((departmentSheet ? Department : Project).TryGetValue(t, out var key)) return key;
        return Shared.GetValueOrDefault(t);
    }
}
