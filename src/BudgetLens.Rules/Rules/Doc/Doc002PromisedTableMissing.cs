using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Text;

namespace BudgetLens.Rules.Rules.Doc;

/// <summary>DOC002: a table the document's own table of contents promises but does not contain.</summary>
public sealed class Doc002PromisedTableMissing : IRule
{
    public string Id => "DOC002";
    public string TitleZh => "目录所列表格缺失";
    public string TitleEn => "Table listed in the contents is missing";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Each table-of-contents line that names a table or target sheet is matched with the document's tables by kind, not wording " +
        "(《收支预算总表》 = 部门收支总表). A file holding none of the tables it promises is a narrative whose tables are published separately: " +
        "no finding, unless its table book (same year, issuer equal after removing 常委会/办公厅-style suffixes) is checked with it — then the " +
        "promises are checked against the table book. No tolerance (presence only). " +
        "Passes: 001 (no contents); a contents line 《政府性基金预算支出表》 with an empty disclosed table. Fails: 003's contents list 《部门收入总表》 (line 15) and the document has no income-summary.";

    public RuleOutcome Check(RuleContext context)
    {
        var document = context.Document;
        var promised = Disclosure.Promised(document);
        if (promised.Count == 0) return RuleOutcome.NotApplicable("no table of contents naming tables");
        var holder = document;
        if (!promised.Any(p => Disclosure.Holds(document, p.Kind)))
        {
            holder = Disclosure.TableBook(document, context.Corpus);
            if (holder is null)
                return RuleOutcome.NotApplicable($"holds none of the {promised.Count} tables its contents list: a narrative whose tables are published separately");
        }
        string book = ReferenceEquals(holder, document) ? "" : $"（及其表册 {holder.Source.File}）";
        string bookEn = ReferenceEquals(holder, document) ? "" : $" (nor its table book {holder.Source.File})";
        return RuleOutcome.Of(promised.Where(p => !Disclosure.Holds(holder, p.Kind)).Select(p => new Finding
        {
            Rule = Id,
            Severity = Severity,
            Message = $"目录列出“{p.Entry.Title}”，文件{book}中没有此表（{TableTitles.ZhName(p.Kind)}，{p.Kind}）",
            MessageEn = $"The contents list “{p.Entry.Title}”, but the document{bookEn} holds no such table ({p.Kind})",
            Locations = [FindingLocation.At(p.Entry.Location, row: p.Entry.Title)],
        }));
    }
}
