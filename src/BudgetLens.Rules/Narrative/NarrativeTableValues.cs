using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Narrative;

/// <summary>
/// The table figures of the same scope as a narrative statement (rules.md NAR001): all funds from the all-funds tables
/// (收支总表, 部门收入总表, 部门支出总表), fiscal money from the fiscal tables (财政拨款收支总表, 财政拨款支出表, and the
/// 一般公共预算 tables only where all fiscal money is 一般公共预算), 三公 from its table, 机关运行经费 only from a table that
/// states it, 政府采购 from its table. A concept without a table of its scope gives nothing.
/// </summary>
public static class NarrativeTableValues
{
    /// <summary>A table figure and the unit of its table.</summary>
    public sealed record TableFigure(Figure Figure, MoneyUnit Unit);

    private static readonly Dictionary<string, (string Word, string IncomeKey)> Income = new()
    {
        ["income.fiscal"] = ("财政拨款", "fiscal"), ["income.other"] = ("其他收入", "otherIncome"), ["income.carryover"] = ("上年结转", "carryover"),
        ["income.business"] = ("事业收入", "businessIncome"), ["income.operating"] = ("事业单位经营收入", "operatingIncome"),
        ["income.education"] = ("教育收费", "educationFees"), ["income.superior"] = ("上级补助收入", "superiorSubsidy"),
        ["income.affiliated"] = ("附属单位上缴", "affiliatedRemittance"),
    };

    public static IEnumerable<TableFigure> Of(RuleContext context, NarrativeStatement s)
    {
        var concept = s.Concept;
        if (concept is null) return [];
        bool fiscal = s.Scope == NarrativeScope.Fiscal;
        if (concept.StartsWith("three.", StringComparison.Ordinal)) return ThreePublic(context, concept["three.".Length..]);
        if (concept == NarrativeConcepts.Office) return Totals(context, "office-operation-expenses", "amount", "total");
        if (concept == NarrativeConcepts.Procurement) return Totals(context, "government-procurement", "total", "amount");
        if (concept.StartsWith("procurement.", StringComparison.Ordinal)) return ProcurementPart(context, concept);
        if (concept == NarrativeConcepts.IncomeTotal && !fiscal)
            return [.. Side(context, "income-expenditure-summary", RowSides.Income, n => n.Contains("收入总计"), "amount"), .. Totals(context, "income-summary", "total")];
        if (concept == NarrativeConcepts.ExpenditureTotal)
            return fiscal
                ? [.. Side(context, "fiscal-allocation-summary", RowSides.Expenditure, n => n.Contains("支出总计") || n.Contains("支出总数"), "total"),
                   .. Totals(context, "fiscal-allocation-expenditure", "total"), .. GeneralOnly(context) ? Totals(context, "general-budget-expenditure", "total") : []]
                : [.. Side(context, "income-expenditure-summary", RowSides.Expenditure, n => n.Contains("支出总计"), "amount"), .. Totals(context, "expenditure-summary", "total")];
        if (Income.TryGetValue(concept, out var income) && !fiscal)
            return [.. Side(context, "income-expenditure-summary", RowSides.Income, n => IncomeRow(n, concept, income.Word), "amount"), .. Totals(context, "income-summary", income.IncomeKey)];
        if (concept is NarrativeConcepts.Basic or NarrativeConcepts.Project)
            return fiscal
                ? [.. Totals(context, "fiscal-allocation-expenditure", concept), .. GeneralOnly(context) ? Totals(context, "general-budget-expenditure", concept) : []]
                : Totals(context, "expenditure-summary", concept);
        if (concept.StartsWith("func:", StringComparison.Ordinal))
        {
            var name = concept["func:".Length..];
            return fiscal
                ? [.. Side(context, "fiscal-allocation-summary", RowSides.Expenditure, n => n == name, "total"), .. ClassRow(context, "fiscal-allocation-expenditure", name),
                   .. GeneralOnly(context) ? ClassRow(context, "general-budget-expenditure", name) : []]
                : [.. Side(context, "income-expenditure-summary", RowSides.Expenditure, n => n == name, "amount"), .. ClassRow(context, "expenditure-summary", name),
                   .. ClassRow(context, "income-summary", name)];
        }
        if (concept.StartsWith("econ:", StringComparison.Ordinal) && fiscal && s.Parent?.Concept == NarrativeConcepts.Basic)
        {
            var name = concept["econ:".Length..];
            return [.. ClassRow(context, "fiscal-allocation-basic-expenditure", name), .. GeneralOnly(context) ? ClassRow(context, "general-budget-basic-expenditure", name) : []];
        }
        return [];
    }

    private static TableFigure At(Table t, TableRow row, string key) => new(Figure.Of(t, row, key), t.Unit!.Value);

    /// <summary>True when the document's fiscal money is all 一般公共预算: no 政府性基金 or 国有资本经营 amount anywhere.</summary>
    public static bool GeneralOnly(RuleContext context)
    {
        bool fundTables = context.Document.Tables.Where(t => t.Kind is "government-fund-expenditure" or "state-capital-expenditure")
            .Any(t => t.Rows.Any(r => r.Values.Values.Any(v => v is not null and not 0m)));
        bool fundColumns = context.Document.Tables.Where(t => t.Kind is "fiscal-allocation-summary" or "income-summary")
            .Any(t => t.Rows.Any(r => r.Values.Any(kv => kv.Key is "governmentFund" or "stateCapital" && kv.Value is not null and not 0m)));
        return !fundTables && !fundColumns;
    }

    private static string Normal(string? name) => NarrativeConcepts.Clean(name ?? "");

    private static bool IncomeRow(string n, string concept, string word) => concept switch
    {
        "income.business" => n.Contains(word) && !n.Contains("经营"),
        "income.fiscal" => n.Contains(word) || n == "一般公共预算拨款收入" || n == "一般公共预算拨款",
        _ => n.Contains(word),
    };

    private static IEnumerable<TableFigure> Side(RuleContext context, string kind, string side, Func<string, bool> match, string key) =>
        from t in context.TablesOf(kind)
        where t.Unit is not null
        let row = t.Rows.FirstOrDefault(r => r.Side == side && r.Values.ContainsKey(key) && match(Normal(r.Name)))
        where row is not null
        select At(t, row, key);

    private static IEnumerable<TableFigure> Totals(RuleContext context, string kind, params string[] keys) =>
        from t in context.TablesOf(kind)
        where t.Unit is not null
        let row = t.Rows.FirstOrDefault(r => r.Role == RowRoles.Total && r.Level is 0 or null)
        where row is not null
        let key = keys.FirstOrDefault(row.Values.ContainsKey)
        where key is not null
        select At(t, row, key);

    private static IEnumerable<TableFigure> ClassRow(RuleContext context, string kind, string name) =>
        from t in context.TablesOf(kind)
        where t.Unit is not null
        let row = t.Rows.FirstOrDefault(r => r.Level == 1 && r.Role == RowRoles.Item && Normal(r.Name) == name && r.Values.ContainsKey("total"))
        where row is not null
        select At(t, row, "total");

    private static IEnumerable<TableFigure> ThreePublic(RuleContext context, string key)
    {
        foreach (var t in context.TablesOf("three-public-expenses").Where(t => t.Unit is not null))
        {
            var rows = t.Rows.Where(r => r.Values.Count > 0).ToList();
            var row = rows.FirstOrDefault(r => r.Role == RowRoles.Total) ?? (rows.Count == 1 ? rows[0] : null);
            if (row is null) continue;
            if (key == "total" && row.Values.ContainsKey("threePublicSubtotal")) key = "threePublicSubtotal";
            if (row.Values.ContainsKey(key)) yield return At(t, row, key);
        }
    }

    private static IEnumerable<TableFigure> ProcurementPart(RuleContext context, string concept)
    {
        string word = concept switch { "procurement.goods" => "货物", "procurement.works" => "工程", _ => "服务" };
        return from t in context.TablesOf("government-procurement")
               where t.Unit is not null
               let row = t.Rows.FirstOrDefault(r => r.Level == 1 && Normal(r.Name).StartsWith(word, StringComparison.Ordinal))
               where row is not null
               let key = row.Values.ContainsKey("total") ? "total" : "amount"
               where row.Values.ContainsKey(key)
               select At(t, row, key);
    }
}
