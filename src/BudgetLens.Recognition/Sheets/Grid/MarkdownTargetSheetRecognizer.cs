using BudgetLens.Model;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// A project target sheet printed as a Markdown pipe table under its title (a PDF converter's output): feeds the
/// pipe rows to <see cref="GridSheetReader"/> as explicit cells and marks the lines it used.
/// </summary>
public sealed class MarkdownTargetSheetRecognizer : IBlockRecognizer
{
    private const int MinimumRows = 3;

    public string Name => "markdown-target-sheet";

    public bool CanRead(Block block, ExtractionContext context)
    {
        if (block.Kind != TableKinds.ProjectTargets) return false;
        int pipeRows = 0, otherLines = 0;
        foreach (var n in block.LineNumbers)
        {
            var line = context.Line(n);
            if (line.IsBlank || n == block.TitleLine || context.UseOf(n) == LineUse.Layout) continue;
            if (CellSplitter.IsPipeRow(line)) pipeRows++;
            else otherLines++;
        }
        return pipeRows >= MinimumRows && otherLines <= pipeRows / 4;
    }

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        var rows = new List<GridRow>();
        MoneyUnit? unit = null;
        foreach (var n in block.LineNumbers)
        {
            var line = context.Line(n);
            if (line.IsBlank || n == block.TitleLine) continue;
            if (!CellSplitter.IsPipeRow(line))
            {
                unit ??= LayoutMarker.UnitDeclared(line.Normalized);
                continue;
            }
            if (CellSplitter.IsPipeSeparator(line)) { context.Layout(n); continue; }
            rows.Add(GridRow.AtLine(n, CellSplitter.SplitPipes(line.Raw)));
        }
        var result = GridSheetReader.Read(rows, SourceLocation.AtLine(block.TitleLine), unit);
        context.Consume(block.TitleLine);
        var layout = result.LayoutRows.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            int n = row.Location.Line!.Value;
            if (layout.Contains(row)) context.Layout(n);
            else context.Consume(n);
        }
        foreach (var diagnostic in result.Diagnostics) context.Report(diagnostic);
        output.Projects.Add(result.Sheet);
    }
}
