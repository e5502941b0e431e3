using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables.Columns;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// One-sided budget tables in space-separated converter text (收入总表, 支出总表, 支出预算表, 基本支出表, “三公”,
/// 政府性基金, 政府采购 …): header columns from the wrapped header, rows by code/label/amounts, numbers placed by
/// arithmetic, pages continued with repeated headers read as one table.
/// </summary>
public sealed class SpacedTableRecognizer : IBlockRecognizer
{
    public string Name => "spaced-table";

    public bool CanRead(Block block, ExtractionContext context) =>
        SpacedText.IsTableKind(block.Kind) && !TableKinds.IsTwoSided(block.Kind) && SpacedText.IsSpaced(block, context);

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        if (context.UseOf(block.TitleLine) != LineUse.None) return; // a page of a table already read
        var pages = SpacedTablePages.Of(block, context);
        var layout = SpacedLayout.Read(pages, context, StartsRow(block.Kind));
        var columns = HeaderColumnReader.Read(block.Kind, layout.HeaderText);
        if (columns.Count == 0) columns = [block.Kind == TableKinds.OfficeOperationExpenses ? ColumnKeys.Amount : ColumnKeys.Total];
        var drafts = SpacedWrappedRows.Join(layout.RowLines.Select(SpacedRowParser.Parse).ToList());
        var rows = TableAssembler.Place(block.Kind, columns, drafts, output.Tables, context);
        output.AddTable(layout.ToTable(block, rows));
    }

    /// <summary>
    /// A row starts at a code or at amounts; a bare 合计 is a row too once the header has named its total column and
    /// another (before that, 合计 is a header cell printed on a line of its own).
    /// </summary>
    private Func<SourceLine, IReadOnlyList<SourceLine>, bool> StartsRow(string kind) => (line, header) =>
        SpacedRowParser.LooksLikeRow(line)
        || (SpacedRowParser.IsBareTotal(line) && HeaderColumnReader.Read(kind, string.Join("\n", header.Select(h => h.Raw))) is { Count: >= 2 } named
            && named.Contains(ColumnKeys.Total));
}
