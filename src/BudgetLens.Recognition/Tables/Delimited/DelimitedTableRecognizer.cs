using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// Reads a titled budget table whose rows are tab-separated cells (Markdown-ish converter output such as 003):
/// title, 填报单位, unit, header rows mapped to contract keys by their words, then data rows placed by position.
/// </summary>
public sealed class DelimitedTableRecognizer : IBlockRecognizer
{
    public string Name => "delimited-table";

    public bool CanRead(Block block, ExtractionContext context) =>
        block.Kind != Block.Narrative && !TableKinds.IsSheet(block.Kind)
        && block.LineNumbers.Any(n => CellRowSource.IsTabRow(context.Line(n)));

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        var lines = new TableLines();
        var cells = new List<CellRow>();
        context.Consume(block.TitleLine, block.TitleEndLine);
        int noteEnd = 0;
        bool labelAfterRows = false, noteOpen = false;
        foreach (var n in block.LineNumbers)
        {
            if (block.IsTitle(n)) continue;
            var line = context.Line(n);
            if (line.IsBlank) continue;
            if (CellRowSource.IsTabRow(line))
            {
                cells.Add(CellRowSource.FromTabLine(line));
                lines.CellRowRead();
                continue;
            }
            lines.TryRead(line, context);
            // a note under the rows belongs to the table, unless an attachment label of the next table came first
            var text = line.Normalized.Trim();
            if (cells.Count == 0 || labelAfterRows) continue;
            if (IsAttachmentLabel(text)) labelAfterRows = true;
            else if (TableLines.IsNote(text)) (noteEnd, noteOpen) = (n, true);
            else if (noteOpen && !LayoutMarker.IsLabel(text) && line.Origin?.PageFurniture != true && context.UseOf(n) != LineUse.None) noteEnd = n; // the note runs on
            else noteOpen = false;
        }
        var parts = CellTableParts.Split(cells);
        var rows = TableKinds.IsTwoSided(block.Kind) ? TwoSidedTableReader.Read(block.Kind, parts)
            : block.Kind == TableKinds.GovernmentProcurement && ProcurementTableReader.CanRead(parts) ? ProcurementTableReader.Read(parts)
            : SingleSidedTableReader.Read(block.Kind, parts, context);
        foreach (var row in parts.Header) context.Consume(row.Line);
        foreach (var row in parts.NumberRows) context.Layout(row.Line);
        foreach (var row in parts.Data) context.Consume(row.Line);
        int end = Math.Max(cells.Count > 0 ? cells[^1].Line : block.TitleLine, noteEnd);
        output.AddTable(new Table
        {
            Kind = block.Kind,
            Title = block.TitleText(context).Trim('#', '*', '|').Trim(),
            Unit = lines.Unit,
            Issuer = lines.Issuer,
            Location = SourceLocation.Lines(block.TitleLine, end),
            Empty = rows.All(r => r.Values.Values.All(v => v is null)),
            Rows = rows,
        });
    }

    /// <summary>An attachment label of the next table (附件3, 公开表一, 表五) — not a page number, which may stand between rows and their note.</summary>
    private static bool IsAttachmentLabel(string normalized) =>
        LayoutMarker.IsLabel(normalized) && normalized.Any(c => c is >= '\u4E00' and <= '\u9FFF');
}
