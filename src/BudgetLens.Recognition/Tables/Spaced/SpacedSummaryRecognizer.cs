using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables.Columns;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// Two-sided summaries (收支总表, 财政拨款收支总表) in space-separated text: each line holds an income row and an
/// expenditure row; the header's second 项目 starts the expenditure side's columns.
/// </summary>
public sealed partial class SpacedSummaryRecognizer : IBlockRecognizer
{
    public string Name => "spaced-summary";

    [GeneratedRegex("项目(?!支出)")]
    private static partial Regex ItemLabel();

    public bool CanRead(Block block, ExtractionContext context) => TableKinds.IsTwoSided(block.Kind) && SpacedText.IsSpaced(block, context);

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        if (context.UseOf(block.TitleLine) != LineUse.None) return;
        var pages = SpacedTablePages.Of(block, context);
        var layout = SpacedLayout.Read(pages, context, StartsRow);
        var (incomeColumns, expenditureColumns) = Columns(block.Kind, layout.HeaderText);
        var drafts = layout.RowLines.SelectMany(SpacedSummaryRowParser.Parse).ToList();
        var classified = new[] { RowSides.Income, RowSides.Expenditure, RowSides.ExpenditureUse }
            .SelectMany(side => SpacedSummaryRowParser.Classify(drafts.Where(d => d.Side == side).ToList()))
            .ToList();
        var rows = TableAssembler.PlaceTwoSided(block.Kind, incomeColumns, expenditureColumns, classified, output.Tables, context);
        output.AddTable(layout.ToTable(block, rows));
    }

    /// <summary>The columns of each side: the header text up to the second 项目 is the income side's.</summary>
    public static (IReadOnlyList<string> Income, IReadOnlyList<string> Expenditure) Columns(string kind, string header)
    {
        var text = HeaderColumnReader.Flatten(header);
        var items = ItemLabel().Matches(text);
        string incomeText = text, expenditureText = "";
        if (items.Count >= 2) (incomeText, expenditureText) = (text[..items[1].Index], text[items[1].Index..]);
        var income = HeaderColumnReader.Read(kind, incomeText, RowSides.Income);
        var expenditure = HeaderColumnReader.Read(kind, expenditureText, RowSides.Expenditure);
        var single = kind == TableKinds.FiscalAllocationSummary ? ColumnKeys.Total : ColumnKeys.Amount;
        return (income.Count > 0 ? income : [ColumnKeys.Amount], expenditure.Count > 0 ? expenditure : [single]);
    }

    /// <summary>Rows start at the first line with amounts or an ordinal item (一、本年收入).</summary>
    private static bool StartsRow(SourceLine line, IReadOnlyList<SourceLine> header) =>
        SpacedToken.Split(line.Raw).Any(t => t.IsAmount) || RowLabels.HasTopOrdinal(line.Normalized.Trim());
}
