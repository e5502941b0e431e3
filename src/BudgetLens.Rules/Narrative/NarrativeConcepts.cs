using System.Text.RegularExpressions;

namespace BudgetLens.Rules.Narrative;

/// <summary>
/// What a narrative name stands for: income.total, income.fiscal, income.other, income.carryover (国库集中支付网上结转 ≈ 上年结转) …,
/// expenditure.total, basic, project, econ:工资福利支出 …, func:卫生健康支出 …, three.total and its parts, office.total
/// (机关运行经费), procurement.total and its parts, projects (a count of projects, "项目 4 个" — never 项目支出).
/// </summary>
public static partial class NarrativeConcepts
{
    public const string IncomeTotal = "income.total";
    public const string ExpenditureTotal = "expenditure.total";
    public const string Basic = "basic";
    public const string Project = "project";
    public const string ThreeTotal = "three.total";
    public const string Office = "office.total";
    public const string Procurement = "procurement.total";
    public const string Projects = "projects";

    public static readonly string[] EconomicClasses = ["工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出", "债务利息及费用支出", "其他支出"];

    private static readonly (string Word, string Concept)[] Ordered =
    [
        ("三公", ThreeTotal), ("因公出国", "three.overseasTravel"), ("公务接待", "three.reception"),
        ("公务用车购置及运行", "three.vehicleTotal"), ("公务用车运行", "three.vehicleOperation"), ("公务用车购置", "three.vehiclePurchase"),
        ("机关运行", Office), ("政府采购", Procurement),
        ("收入预算总额", IncomeTotal), ("收入总计", IncomeTotal), ("收入总额", IncomeTotal), ("收入预算合计", IncomeTotal),
        ("支出预算总额", ExpenditureTotal), ("支出总计", ExpenditureTotal), ("支出总额", ExpenditureTotal), ("整体支出", ExpenditureTotal), ("支出预算合计", ExpenditureTotal),
        ("财政拨款收入", "income.fiscal"), ("教育收费", "income.education"), ("事业单位经营收入", "income.operating"), ("事业收入", "income.business"),
        ("其他收入", "income.other"), ("上年结转", "income.carryover"), ("网上结转", "income.carryover"), ("上级补助收入", "income.superior"),
        ("附属单位上缴", "income.affiliated"), ("非财政拨款结余", "income.fundMakeup"), ("事业基金弥补", "income.fundMakeup"),
        ("基本支出", Basic), ("项目支出", Project),
    ];

    /// <summary>The concept of a printed name; <paramref name="parent"/> is the concept whose parts are being listed.</summary>
    public static string? Classify(string name, string? parent, bool hasCount)
    {
        var n = Clean(name);
        if (n.Length == 0) return null;
        if (parent == Procurement)
        {
            if (n.Contains("货物")) return "procurement.goods";
            if (n.Contains("工程")) return "procurement.works";
            if (n.Contains("服务")) return "procurement.services";
        }
        if (hasCount) return n.EndsWith("项目", StringComparison.Ordinal) ? Projects : null;
        foreach (var (word, concept) in Ordered)
            if (n.Contains(word, StringComparison.Ordinal)) return concept;
        foreach (var e in EconomicClasses)
            if (n.EndsWith(e, StringComparison.Ordinal)) return "econ:" + e;
        return n.EndsWith("支出", StringComparison.Ordinal) && n.Length >= 4 ? "func:" + n : null;
    }

    /// <summary>Whether <paramref name="part"/> can stand in a list of <paramref name="whole"/>'s parts.</summary>
    public static bool PartOf(string? whole, string part) => whole switch
    {
        IncomeTotal => part.StartsWith("income.", StringComparison.Ordinal) && part != IncomeTotal,
        ExpenditureTotal => part is Basic or Project || part.StartsWith("econ:", StringComparison.Ordinal) || part.StartsWith("func:", StringComparison.Ordinal),
        Basic or Project => part.StartsWith("econ:", StringComparison.Ordinal),
        ThreeTotal => part.StartsWith("three.", StringComparison.Ordinal) && part != ThreeTotal,
        "three.vehicleTotal" => part is "three.vehicleOperation" or "three.vehiclePurchase",
        Procurement => part.StartsWith("procurement.", StringComparison.Ordinal) && part != Procurement,
        Projects => part == Projects,
        _ => false,
    };

    /// <summary>A name without spaces, quotes, list ordinals ("(6)", "（一）", "1.") and a leading year ("2023 年").</summary>
    public static string Clean(string name)
    {
        var n = Spaces().Replace(name, "");
        n = n.Replace("“", "").Replace("”", "").Replace("\"", "");
        n = Ordinal().Replace(n, "");
        n = LeadingYear().Replace(n, "");
        return n;
    }

    /// <summary>Whether a text opens with a list ordinal: (6), （一）, 一、, 1、, 1. (not 473.35).</summary>
    public static bool StartsWithOrdinal(string text) => Ordinal().IsMatch(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[、．]|\d+\.(?!\d))")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:20\d\d|19\d\d)年(?:度)?")]
    private static partial Regex LeadingYear();
}
