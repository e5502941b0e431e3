using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Doc;

/// <summary>DOC003: no unit declared for a table (or target sheet) with amounts.</summary>
public sealed class Doc003UnitNotDeclared : IRule
{
    public string Id => "DOC003";
    public string TitleZh => "表格未声明金额单位";
    public string TitleEn => "No unit declared for a table with amounts";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A table that prints at least one amount, or a target sheet that prints its funds, must declare its unit (单位：万元 / 元); without one " +
        "its amounts cannot be compared. A disclosed empty table needs none. No tolerance (presence only). " +
        "Passes: 一般公共预算支出表 with 单位：万元. Fails: a 部门支出总表 printing 1,028.96 with no 单位 line.";

    public RuleOutcome Check(RuleContext context)
    {
        var document = context.Document;
        var tables = document.Tables.Where(t => !t.Empty && t.Rows.Any(r => r.Values.Values.Any(v => v is not null))).ToList();
        var sheets = context.Sheets.Where(s => s.Funds.Values.Any(v => v is not null)).ToList();
        if (tables.Count == 0 && sheets.Count == 0) return RuleOutcome.NotApplicable("no table or sheet with amounts");
        var findings = tables.Where(t => t.Unit is null).Select(t => Missing(t.Title ?? t.Kind, t.Location, t.Title, FirstAmount(t)))
            .Concat(sheets.Where(s => s.Unit is null).Select(s => Missing($"绩效目标表“{s.Name}”", s.Location, s.Name, s.Funds.Values.First(v => v is not null))));
        return RuleOutcome.Of(findings);
    }

    private static decimal? FirstAmount(Table table) => table.Rows.SelectMany(r => r.Values.Values).First(v => v is not null);

    private Finding Missing(string what, SourceLocation location, string? title, decimal? amount) => new()
    {
        Rule = Id,
        Severity = Severity,
        Message = $"{what} 印有金额（如 {Amounts.Show(amount)}）但未声明单位（元/万元）",
        MessageEn = $"{what} prints amounts (e.g. {Amounts.Show(amount)}) but declares no unit (元/万元)",
        Locations = [FindingLocation.At(location, title, value: amount)],
    };
}
