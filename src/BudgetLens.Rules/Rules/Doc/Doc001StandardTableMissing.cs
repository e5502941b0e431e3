using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Text;

namespace BudgetLens.Rules.Rules.Doc;

/// <summary>DOC001: a full department or unit budget disclosure lacks one of the standard tables.</summary>
public sealed class Doc001StandardTableMissing : IRule
{
    public string Id => "DOC001";
    public string TitleZh => "部门预算公开缺少标准表";
    public string TitleEn => "Full budget disclosure lacks a standard table";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A full disclosure (at least three standard tables) must hold income-expenditure-summary, income-summary, expenditure-summary, " +
        "fiscal-allocation-summary, general-budget-expenditure, general-budget-basic-expenditure, three-public-expenses and government-fund-expenditure, " +
        "and state-capital-expenditure where any table prints 国有资本经营 money (a blank or absent column means none). A disclosed empty table counts " +
        "as present, and so does a narrative sentence saying there is no such money (本部门没有使用政府性基金预算拨款安排的支出). A table the document's " +
        "own table of contents promises is left to DOC002. No tolerance (presence only). " +
        "Passes: 001 (all eight, 政府性基金 table empty). Fails: a disclosure with 收支总表, 支出总表, 财政拨款收支总表 … but no “三公”经费支出表 and no sentence about 三公.";

    private static readonly string[] Required =
    [
        "income-expenditure-summary", "income-summary", "expenditure-summary", "fiscal-allocation-summary", "general-budget-expenditure",
        "general-budget-basic-expenditure", "three-public-expenses", "government-fund-expenditure",
    ];

    public RuleOutcome Check(RuleContext context)
    {
        var document = context.Document;
        int count = Disclosure.StandardTableCount(document);
        if (count < 3) return RuleOutcome.NotApplicable($"not a full budget disclosure ({count} standard tables)");
        var promised = Disclosure.Promised(document).Select(p => p.Kind).ToHashSet();
        var required = Disclosure.ShowsStateCapitalMoney(document) ? [.. Required, Disclosure.StateCapital] : Required;
        return RuleOutcome.Of(required
            .Where(kind => !Disclosure.Holds(document, kind) && !promised.Contains(kind) && Disclosure.SentenceSayingNone(document, kind) is null)
            .Select(kind => new Finding
            {
                Rule = Id,
                Severity = Severity,
                Message = $"部门预算公开（含 {count} 张标准表）缺少{TableTitles.ZhName(kind)}（{kind}），亦无说明无此项资金的文字",
                MessageEn = $"The budget disclosure ({count} standard tables) has no {kind} table ({TableTitles.ZhName(kind)}) and no sentence saying there is no such money",
            }));
    }
}
