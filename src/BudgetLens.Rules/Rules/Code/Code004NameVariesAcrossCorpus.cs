using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Reference;

namespace BudgetLens.Rules.Rules.Code;

/// <summary>CODE004: across the documents checked together, one code printed with two different names — once per code.</summary>
public sealed class Code004NameVariesAcrossCorpus : IRule
{
    public string Id => "CODE004";
    public string TitleZh => "同一科目代码在不同文件中名称不同";
    public string TitleEn => "One code printed with different names across documents";
    public Severity Severity => Severity.Warning;
    public string Description =>
        "Only when several documents are checked together (--corpus): a classification code printed with two or more names across them. Names are " +
        "compared as CODE002 compares them (full-width forms folded, spaces and punctuation removed, known renamings the same name). Each code is " +
        "reported once for the whole set — with the document that comes first by file name among those printing it — citing the first row of each name. " +
        "Passes: 30213 维修(护)费 in one file and 维修（护）费 in another. Fails: 30399 其他对个人和家庭的补助支出 in one file and 其他对个人和家庭的补助 in another.";

    public RuleOutcome Check(RuleContext context)
    {
        var documents = context.Corpus.Prepend(context.Document).Distinct(ReferenceEqualityComparer.Instance).Cast<BudgetDocument>()
            .OrderBy(d => d.Source.File, StringComparer.Ordinal).ThenBy(d => d.Source.Sha256, StringComparer.Ordinal).ToList();
        if (documents.Count < 2) return RuleOutcome.NotApplicable("a corpus rule: needs several documents checked together (--corpus)");
        var rows = documents.SelectMany(CodedRow.Of).ToList();
        return RuleOutcome.Of(rows.GroupBy(r => (r.System, r.Code))
            .Where(g => ReferenceEquals(g.First().Document, context.Document))
            .Select(Check).OfType<Finding>());
    }

    private Finding? Check(IGrouping<(CodeSystem System, string Code), CodedRow> rows)
    {
        var names = rows.Where(r => r.Name.Length > 0).GroupBy(r => CodeNames.Canonical(r.System, r.Code, r.Name)).Select(g => g.First()).ToList();
        if (names.Count < 2) return null;
        string code = rows.Key.Code;
        return new Finding
        {
            Rule = Id,
            Severity = Severity,
            Message = $"{code} 在所查文件中有 {names.Count} 种名称：" + string.Join("；", names.Select(r => $"“{r.Name}”（{Where(r)}）")),
            MessageEn = $"{code} is printed with {names.Count} names across the documents: " + string.Join("; ", names.Select(r => $"{r.Name} ({Where(r)})")),
            Locations = [.. names.Select(r => r.ToLocation() with { Table = $"{r.Document.Source.File} › {r.Table.Title}" })],
        };
    }

    private static string Where(CodedRow row) => row.Row.Location.Line is int line ? $"{row.Document.Source.File}:{line}" : row.Document.Source.File;
}
