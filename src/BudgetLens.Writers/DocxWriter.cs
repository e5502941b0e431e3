using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetLens.Writers;

/// <summary>Writes a layout as a Word document: lines as paragraphs, tables with gridSpan (column spans) and vMerge (row spans).</summary>
public static class DocxWriter
{
    public static void Write(PublishedLayout layout, Stream output)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        foreach (var part in layout.Parts)
        {
            foreach (var line in part.Before) body.Append(Para(line));
            if (part.Rows.Count == 0) continue;
            int width = part.Width;
            var table = new Table(new TableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
            var grid = new TableGrid();
            foreach (var w in ColumnWidths(part, width)) grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            table.Append(grid);
            // where a row span covers a position, Word wants a continuation cell carrying the same gridSpan
            var spanAbove = new (int ColSpan, int Left)[width];
            for (int r = 0; r < part.Rows.Count; r++)
            {
                var cells = part.Rows[r];
                // a row is kept on one page, as table books print them (a row broken over a page reads as two)
                var tr = new TableRow(new TableRowProperties(new CantSplit()));
                for (int c = 0; c < width;)
                {
                    var cell = c < cells.Count ? cells[c] : new LayoutCell("");
                    if (cell is null)
                    {
                        if (spanAbove[c].Left > 0)
                        {
                            spanAbove[c].Left--;
                            tr.Append(Cell("", spanAbove[c].ColSpan, new VerticalMerge { Val = MergedCellValues.Continue }));
                            c += spanAbove[c].ColSpan;
                        }
                        else c++;
                        continue;
                    }
                    VerticalMerge? merge = null;
                    if (cell.RowSpan > 1)
                    {
                        merge = new VerticalMerge { Val = MergedCellValues.Restart };
                        spanAbove[c] = (cell.ColSpan, cell.RowSpan - 1);
                    }
                    tr.Append(Cell(cell.Text, cell.ColSpan, merge));
                    c += cell.ColSpan;
                }
                table.Append(tr);
            }
            body.Append(table);
            body.Append(Para(""));
        }
        // landscape A4 with 2 cm margins, as wide budget tables are printed
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = 11906, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1134, Bottom = 1134, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document.Save();
    }

    private const int PageWidth = 16838, Margin = 1134;

    /// <summary>Column widths (twips) in proportion to the text they hold (long text capped), filling the page's width.</summary>
    private static int[] ColumnWidths(LayoutPart part, int width)
    {
        var weight = new double[width];
        foreach (var row in part.Rows)
            for (int c = 0; c < row.Count && c < width; c++)
                if (row[c] is { ColSpan: 1 } cell) weight[c] = Math.Max(weight[c], Math.Min(cell.Text.Length, 60));
        for (int c = 0; c < width; c++) weight[c] += 4;
        double sum = weight.Sum();
        return weight.Select(w => (int)((PageWidth - 2 * Margin) * w / sum)).ToArray();
    }

    private static Paragraph Para(string text) =>
        new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableCell Cell(string text, int colSpan, VerticalMerge? merge)
    {
        var props = new TableCellProperties();
        if (colSpan > 1) props.Append(new GridSpan { Val = colSpan });
        if (merge is not null) props.Append(merge);
        // a cell of several lines holds one paragraph per line (as Word prints a cell typed with Enter)
        var cell = new TableCell(props);
        foreach (var line in text.Split('\n')) cell.Append(Para(line));
        return cell;
    }
}
