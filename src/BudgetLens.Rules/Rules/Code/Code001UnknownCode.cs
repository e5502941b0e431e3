using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Reference;

namespace BudgetLens.Rules.Rules.Code;

/// <summary>CODE001: a code unknown to the catalog, only under a parent the (partial) catalog lists completely.</summary>
public sealed class Code001UnknownCode : IRule
{
    public string Id => "CODE001";
    public string TitleZh => "科目代码不在分类目录中";
    public string TitleEn => "Classification code unknown to the catalog";
    public Severity Severity => Severity.Info;
    public string Description =>
        "A printed classification code that the reference catalog does not hold, where the catalog lists every child of its parent " +
        "(Reference/complete-parents.csv, from SOURCES.md: 20809; 301, 302, 309, 310; 501). The catalogs are partial: a code under any other " +
        "parent is never reported, and a code is reported once per document with every row that prints it. No tolerance (codes are compared exactly). " +
        "Passes: 30211 under 302 (listed); 2101501 under 21015 (21015 is not listed completely). Fails: 30223 购买服务 under 302 (a local code outside the national list).";

    public RuleOutcome Check(RuleContext context)
    {
        var rows = CodedRow.Of(context.Document);
        if (rows.Count == 0) return RuleOutcome.NotApplicable("no table with classification codes");
        return RuleOutcome.Of(rows.GroupBy(r => (r.System, r.Code)).Select(Check).OfType<Finding>());
    }

    private Finding? Check(IGrouping<(CodeSystem System, string Code), CodedRow> rows)
    {
        var catalog = ReferenceData.Catalog(rows.Key.System);
        string code = rows.Key.Code;
        if (catalog.Find(code) is not null || CodeCatalog.ParentOf(code) is not { } parent || !catalog.ListsCompletely(parent)) return null;
        string parentLabel = catalog.Find(parent) is { } p ? $"{parent} {p.Name}" : parent;
        var first = rows.First();
        return new Finding
        {
            Rule = Id,
            Severity = Severity,
            Message = $"{first.Code} {first.Name}：{catalog.NameZh}目录完整列出 {parentLabel} 的下级科目，其中没有 {code}（地方自设或已停用的科目？）",
            MessageEn = $"{first.Code} {first.Name}: the {catalog.NameEn} lists every item under {parentLabel}, and {code} is not one of them (a local or retired code?)",
            Locations = [.. rows.Select(r => r.ToLocation())],
        };
    }
}
