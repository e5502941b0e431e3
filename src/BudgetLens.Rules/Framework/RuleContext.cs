using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>What a rule sees: the document, the reference catalogs, and (for corpus rules) the other documents checked with it.</summary>
public sealed class RuleContext
{
    public RuleContext(BudgetDocument document, IReadOnlyList<BudgetDocument>? corpus = null)
    {
        Document = document;
        Corpus = corpus ?? [];
    }

    public BudgetDocument Document { get; }
    public IReadOnlyList<BudgetDocument> Corpus { get; }

    public IEnumerable<Table> TablesOf(string kind) => Document.Tables.Where(t => t.Kind == kind);

    public IEnumerable<TargetSheet> Sheets => Document.Projects.Concat(Document.DepartmentTargets);
}
