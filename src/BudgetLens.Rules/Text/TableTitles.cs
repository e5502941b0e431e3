namespace BudgetLens.Rules.Text;

/// <summary>
/// Which kind of table (or target sheet) a printed title names — for matching a table of contents with the tables
/// a document holds, by kind and not by wording. The same word rules as the recogniser's title classifier
/// (BudgetLens.Recognition TitleClassifier.KindOf), kept here so that Rules depends on the Model only.
/// </summary>
public static class TableTitles
{
    /// <summary>Pseudo-kinds for the target sheets (they live in projects / departmentTargets, not in tables).</summary>
    public const string ProjectTargets = "#project-targets";
    public const string DepartmentTargets = "#department-targets";

    private static readonly string[] SheetWords = ["绩效目标", "绩效信息表", "绩效指标表"];

    /// <summary>First match wins: every word of <c>All</c> and, when given, one of <c>Any</c>.</summary>
    private static readonly (string Kind, string[] All, string[] Any)[] Patterns =
    [
        (DepartmentTargets, ["整体"], SheetWords),
        (ProjectTargets, [], SheetWords),
        ("three-public-expenses", ["三公"], []),
        ("office-operation-expenses", ["机关运行经费"], []),
        ("government-procurement", ["政府采购"], []),
        ("fiscal-allocation-summary", ["财政拨款收支"], []),
        ("income-expenditure-summary", ["收支"], []),
        ("income-summary", ["收入"], []),
        ("government-fund-expenditure", ["政府性基金"], []),
        ("state-capital-expenditure", ["国有资本经营"], []),
        ("general-budget-basic-expenditure", ["一般公共预算", "基本支出"], []),
        ("general-budget-expenditure", ["一般公共预算"], []),
        ("fiscal-allocation-basic-expenditure", ["财政拨款", "基本支出"], []),
        ("fiscal-allocation-expenditure", ["财政拨款"], []),
        ("expenditure-summary", [], ["支出总表", "支出预算总表"]),
    ];

    private static readonly Dictionary<string, string> ZhNames = new()
    {
        ["income-expenditure-summary"] = "收支总表", ["income-summary"] = "部门收入总表", ["expenditure-summary"] = "部门支出总表",
        ["fiscal-allocation-summary"] = "财政拨款收支总表", ["fiscal-allocation-expenditure"] = "财政拨款支出表",
        ["fiscal-allocation-basic-expenditure"] = "财政拨款基本支出表", ["general-budget-expenditure"] = "一般公共预算支出表",
        ["general-budget-basic-expenditure"] = "一般公共预算基本支出表", ["three-public-expenses"] = "“三公”经费支出表",
        ["office-operation-expenses"] = "机关运行经费支出表", ["government-fund-expenditure"] = "政府性基金预算支出表",
        ["state-capital-expenditure"] = "国有资本经营预算支出表", ["government-procurement"] = "政府采购预算表",
        [ProjectTargets] = "项目支出绩效目标表", [DepartmentTargets] = "部门整体支出绩效目标表",
    };

    /// <summary>The kind a table-of-contents line or table title names, or null when it names no table (部门概况, 名词解释, 2023年部门预算表).</summary>
    public static string? KindOf(string title)
    {
        var t = Compact(title);
        if (!NamesATable(t)) return null;
        foreach (var (kind, all, any) in Patterns)
        {
            if (all.All(w => t.Contains(w, StringComparison.Ordinal)) && (any.Length == 0 || any.Any(w => t.Contains(w, StringComparison.Ordinal))))
                return kind;
        }
        return null;
    }

    /// <summary>The usual Chinese name of a kind, for messages.</summary>
    public static string ZhName(string kind) => ZhNames.GetValueOrDefault(kind, kind);

    /// <summary>A title ends in 表 or 明细 (after trailing brackets and quotes: 《部门收入总表》, 支出表（按功能分类）).</summary>
    private static bool NamesATable(string t)
    {
        var core = t.TrimEnd('》', '>', '」');
        while (core.Length > 0 && core[^1] is ')' or '）')
        {
            int open = core.LastIndexOfAny(['(', '（']);
            if (open <= 0) break;
            core = core[..open];
        }
        return core.EndsWith('表') || core.EndsWith("明细", StringComparison.Ordinal);
    }

    private static string Compact(string title) => string.Concat(title.Where(c => !char.IsWhiteSpace(c)));
}
