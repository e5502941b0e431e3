using BudgetLens.Model;
using BudgetLens.Rules.Text;

namespace BudgetLens.Rules.Framework;

/// <summary>
/// What a department budget disclosure holds (DOC rules): its standard tables and target sheets, the tables its own
/// table of contents promises, narrative sentences saying there is no money of a kind, and — for a narrative whose
/// tables are published separately — its table book among the documents checked with it.
/// </summary>
public static class Disclosure
{
    /// <summary>The standard budget tables of domain.md (project-summary and other excluded).</summary>
    public static readonly IReadOnlyList<string> StandardKinds =
    [
        "income-expenditure-summary", "income-summary", "expenditure-summary", "fiscal-allocation-summary", "fiscal-allocation-expenditure",
        "fiscal-allocation-basic-expenditure", "general-budget-expenditure", "general-budget-basic-expenditure", "three-public-expenses",
        "office-operation-expenses", "government-fund-expenditure", "state-capital-expenditure", "government-procurement",
    ];

    public const string StateCapital = "state-capital-expenditure";

    /// <summary>Kinds a narrative sentence can declare empty ("本部门没有使用政府性基金预算拨款安排的支出"), by the word naming the money.</summary>
    private static readonly (string Kind, string Word)[] MoneyWords =
        [("government-fund-expenditure", "政府性基金"), (StateCapital, "国有资本经营"), ("three-public-expenses", "三公")];

    private static readonly string[] NoneWords = ["没有", "无", "未安排", "不涉及"];

    /// <summary>True when the document holds a table (empty or not) or target sheet of the kind.</summary>
    public static bool Holds(BudgetDocument document, string kind) => kind switch
    {
        TableTitles.ProjectTargets => document.Projects.Count > 0,
        TableTitles.DepartmentTargets => document.DepartmentTargets.Count > 0,
        _ => document.Tables.Any(t => t.Kind == kind),
    };

    public static int StandardTableCount(BudgetDocument document) => StandardKinds.Count(k => Holds(document, k));

    /// <summary>The table-of-contents lines that name a table or sheet, with its kind; the first line of each kind.</summary>
    public static IReadOnlyList<(TocEntry Entry, string Kind)> Promised(BudgetDocument document) =>
    [
        .. document.Toc.Select(e => (Entry: e, Kind: TableTitles.KindOf(e.Title)))
            .Where(p => p.Kind is not null)
            .Select(p => (p.Entry, Kind: p.Kind!))
            .DistinctBy(p => p.Kind),
    ];

    /// <summary>True when any table prints 国有资本经营 money: a non-zero stateCapital value, or a non-zero row named 国有资本经营….</summary>
    public static bool ShowsStateCapitalMoney(BudgetDocument document) =>
        document.Tables.SelectMany(t => t.Rows).Any(r =>
            r.Values.GetValueOrDefault("stateCapital") is { } v && v != 0
            || (r.Name?.Contains("国有资本经营", StringComparison.Ordinal) == true && r.Values.Values.Any(x => x is { } a && a != 0)));

    /// <summary>The narrative sentence saying the document has no money of the kind, or null (a conditional 若为空表 note does not count).</summary>
    public static string? SentenceSayingNone(BudgetDocument document, string kind)
    {
        var word = MoneyWords.FirstOrDefault(m => m.Kind == kind).Word;
        if (word is null) return null;
        return document.Sections
            .SelectMany(s => (s.Text ?? "").Split(['。', '；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .FirstOrDefault(s => s.Contains(word, StringComparison.Ordinal) && NoneWords.Any(n => s.Contains(n, StringComparison.Ordinal))
                && !s.Contains('若') && !s.Contains("如果", StringComparison.Ordinal));
    }

    /// <summary>
    /// The table book published with a narrative: another checked document of the same year whose issuer matches after
    /// removing 常委会/办公厅-style suffixes, and which holds standard tables. Null when there is none.
    /// </summary>
    public static BudgetDocument? TableBook(BudgetDocument narrative, IReadOnlyList<BudgetDocument> others)
    {
        if (narrative.Year is null || narrative.Issuer is null) return null;
        var issuer = IssuerKey(narrative.Issuer);
        return others.FirstOrDefault(d => !ReferenceEquals(d, narrative) && d.Year == narrative.Year && d.Issuer is not null
            && IssuerKey(d.Issuer) == issuer && StandardTableCount(d) > 0);
    }

    private static readonly string[] IssuerSuffixes = ["办公厅", "办公室", "常委会", "机关"];

    /// <summary>江苏省人大常委会办公厅 and 江苏省人大常委会 both give 江苏省人大.</summary>
    public static string IssuerKey(string issuer)
    {
        var key = string.Concat(issuer.Where(c => !char.IsWhiteSpace(c)));
        for (bool stripped = true; stripped;)
        {
            stripped = false;
            foreach (var suffix in IssuerSuffixes)
            {
                if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal)) { key = key[..^suffix.Length]; stripped = true; }
            }
        }
        return key;
    }
}
