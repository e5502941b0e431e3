using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Xt;

/// <summary>XT005: a department sheet's funds equal the summary tables' figures of the same scope, unit-aware.</summary>
public sealed class Xt005DepartmentSheetMatchesTables : IRule
{
    public string Id => "XT005";
    public string TitleZh => "部门整体绩效目标表资金与预算表不一致";
    public string TitleEn => "Department target sheet funds differ from the budget tables";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "The funds of a 部门（单位）整体支出绩效目标表 equal the tables' figures of the same scope: 收入预算合计 = 收支总表 收入总计 (or 部门收入总表 合计); " +
        "财政拨款 = 财政拨款收支总表 收入总计; 非财政拨款 = 收入总计 − 财政拨款收入总计; 支出预算合计, 基本支出, 项目支出 = 部门支出总表 合计 row; " +
        "基本支出/项目支出 财政拨款 = the fiscal function tables' 合计 row. Units are converted exactly (元 and 万元); " +
        "tolerance: half a unit of each figure's last printed digit. " +
        "Passes: 预算支出总额 10,289,606.32 元 = 部门支出总表 合计 1,028.96 万元. Fails: 基本支出 4,459,693.32 元 against 435.97 万元 (Δ 10.00 万元).";

    public RuleOutcome Check(RuleContext context)
    {
        var sheets = context.Document.DepartmentTargets.Where(s => s.Funds.Count > 0 && !PlaceholderSheet.Is(s)).ToList();
        if (sheets.Count == 0) return RuleOutcome.NotApplicable("no department target sheet with funds");
        var references = References(context.Document);
        // units are converted exactly, so both must be declared
        var compared = sheets.Where(s => s.Unit is not null)
            .SelectMany(s => s.Funds.Keys.Where(k => references.TryGetValue(k, out var r) && r.Figures.All(f => f.Unit is not null)).Select(k => (Sheet: s, Key: k))).ToList();
        if (compared.Count == 0) return RuleOutcome.NotApplicable("no summary table (with a declared unit) holds the department sheet's funds");
        var findings = compared.Select(c => CrossFindings.Equal(this, Fund(c.Sheet, c.Key), references[c.Key], c.Sheet.Name, c.Sheet.Name));
        return RuleOutcome.Of(findings.OfType<Finding>());
    }

    private static Operand Fund(TargetSheet sheet, string key)
    {
        var figure = new Figure(sheet.Funds[key], sheet.Name ?? "(未命名)", key, sheet.FundsLocations?.GetValueOrDefault(key) ?? sheet.Location, "部门整体支出绩效目标表", sheet.Unit);
        return new Operand([figure], [], $"绩效目标表 {FundName(key)}", $"target sheet {key}");
    }

    private static string FundName(string key) => key switch
    {
        "total" => "收入预算合计", "nonFiscal" => "非财政拨款", "expenditureTotal" => "支出预算合计",
        "basicFiscal" => "基本支出财政拨款", "projectFiscal" => "项目支出财政拨款", _ => ColumnNames.Zh(key),
    };

    /// <summary>The tables' figure for each fund key of the same scope, where the document prints it.</summary>
    private static Dictionary<string, Operand> References(BudgetDocument document)
    {
        var map = new Dictionary<string, Operand>();
        var allFunds = IncomeGrandTotal(document, "income-expenditure-summary")
            ?? (document.Tables.FirstOrDefault(t => t.Kind == "income-summary" && !t.Empty) is { } income ? TableTotals.Of(income, "total") : null);
        var fiscal = IncomeGrandTotal(document, "fiscal-allocation-summary");
        if (allFunds is not null) map["total"] = allFunds;
        if (fiscal is not null) map["fiscal"] = fiscal;
        if (allFunds is not null && fiscal is not null)
            map["nonFiscal"] = new Operand(allFunds.Plus, fiscal.Plus, $"{allFunds.Zh} − {fiscal.Zh}", $"{allFunds.En} − {fiscal.En}");
        if (document.Tables.FirstOrDefault(t => t.Kind == "expenditure-summary" && !t.Empty) is { } expenditure)
        {
            map["expenditureTotal"] = TableTotals.Of(expenditure, "total");
            map["basic"] = TableTotals.Of(expenditure, "basic");
            map["project"] = TableTotals.Of(expenditure, "project");
        }
        var fiscalTables = document.Tables.FirstOrDefault(t => t.Kind == "fiscal-allocation-expenditure") is { } all ? [all] : FiscalTables.Of(document);
        if (fiscalTables is not null)
        {
            map["basicFiscal"] = Total(fiscalTables, "basic");
            map["projectFiscal"] = Total(fiscalTables, "project");
        }
        return map;
    }

    private static Operand Total(IReadOnlyList<Table> tables, string key)
    {
        var totals = tables.Select(t => TableTotals.Of(t, key)).ToList();
        return new Operand([.. totals.SelectMany(t => t.Plus)], [], string.Join(" + ", totals.Select(t => t.Zh)), string.Join(" + ", totals.Select(t => t.En)));
    }

    /// <summary>The income side's grand total (收入总计) of a two-sided summary.</summary>
    private static Operand? IncomeGrandTotal(BudgetDocument document, string kind)
    {
        var table = document.Tables.FirstOrDefault(t => t.Kind == kind && t.Rows.Any(r => r.Side == RowSides.Income));
        if (table is null || SummarySides.GrandTotal(SummarySides.RowsOf(table, RowSides.Income)) is not { } row) return null;
        return row.Values.ContainsKey("amount") ? Operand.Of(Figure.Of(table, row, "amount")) : null;
    }
}
