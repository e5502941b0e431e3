using BudgetLens.Model;
using BudgetLens.Rules.Reference;

namespace BudgetLens.Rules.Framework;

/// <summary>A printed row with a classification code of a known system (function 2xx, economic 3xx/5xx), with its table.</summary>
public sealed record CodedRow(BudgetDocument Document, Table Table, TableRow Row, CodeSystem System)
{
    public string Code => Row.Code!;
    public string Name => Row.Name ?? "";

    public FindingLocation ToLocation() => FindingLocation.At(Row.Location, Table.Title, Figure.RowLabel(Row));

    /// <summary>Every coded row of the document's tables, in document order.</summary>
    public static IReadOnlyList<CodedRow> Of(BudgetDocument document) =>
    [
        .. document.Tables.SelectMany(t => t.Rows.Select(r => (Table: t, Row: r)))
            .Where(p => p.Row.Code is not null && CodeCatalog.SystemOf(p.Row.Code) is not null)
            .Select(p => new CodedRow(document, p.Table, p.Row, CodeCatalog.SystemOf(p.Row.Code!)!.Value)),
    ];
}
