using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Reference;

namespace BudgetLens.Rules.Rules.Code;

/// <summary>CODE002: a code printed with a name other than the catalog's, after normalising punctuation, spaces and known renamings.</summary>
public sealed class Code002NameDiffersFromCatalog : IRule
{
    public string Id => "CODE002";
    public string TitleZh => "科目名称与分类目录不一致";
    public string TitleEn => "Code name differs from the catalog";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "A code the reference catalog holds, printed with another name. Names are compared after folding full-width forms and removing spaces " +
        "and punctuation; a known renaming (Reference/renamings.csv, each with its source) is the same name — an old name only up to the budget year " +
        "it was valid. Codes the catalog lacks are not compared. Reported once per code and printed name, with every row. " +
        "Passes: 30213 维修(护)费 (catalog 维修（护）费); 30211 国内差旅费 (a known local name of 差旅费). " +
        "Fails: 30201 办公用品费 (catalog 办公费); 210 医疗卫生与计划生育支出 in a 2023 budget (renamed 卫生健康支出 from 2019).";

    public RuleOutcome Check(RuleContext context)
    {
        var rows = CodedRow.Of(context.Document);
        if (rows.Count == 0) return RuleOutcome.NotApplicable("no table with classification codes");
        return RuleOutcome.Of(rows.GroupBy(r => (r.System, r.Code, Name: CodeNames.Normalize(r.Name)))
            .Select(g => Check([.. g], context.Document.Year)).OfType<Finding>());
    }

    private Finding? Check(IReadOnlyList<CodedRow> rows, int? year)
    {
        var first = rows[0];
        if (first.Name.Length == 0 || ReferenceData.Catalog(first.System).Find(first.Code) is not { } entry) return null;
        if (CodeNames.Normalize(first.Name) == CodeNames.Normalize(entry.Name)) return null;
        var renaming = CodeNames.RenamingOf(first.System, first.Code, first.Name);
        if (renaming is not null && (renaming.ValidUntil is null || year is null || year <= renaming.ValidUntil)) return null;
        string why = renaming is null ? "" : $"（旧名称，{renaming.ValidUntil + 1} 年起为“{entry.Name}”）";
        string whyEn = renaming is null ? "" : $" (an old name, {entry.Name} from {renaming.ValidUntil + 1})";
        return new Finding
        {
            Rule = Id,
            Severity = Severity,
            Message = $"{first.Code} 印为“{first.Name}”，分类目录为“{entry.Name}”{why}",
            MessageEn = $"{first.Code} is printed as {first.Name}; the catalog names it {entry.Name}{whyEn}",
            Locations = [.. rows.Select(r => r.ToLocation())],
        };
    }
}
