using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetLens.Writers;

/// <summary>
/// Writes a layout as an Excel workbook: one worksheet per part (the narrative on its own sheet), the part's lines in
/// the first rows, then its table with merged cells; amounts as numbers formatted #,##0.00 (as the departments' sheets show them).
/// </summary>
public static class XlsxWriter
{
    public static void Write(PublishedLayout layout, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = doc.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var part in layout.Parts)
        {
            var wsPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var merges = new MergeCells();
            uint r = 1;
            foreach (var line in part.Before)
            {
                var row = new Row { RowIndex = r };
                row.Append(TextCell(0, r, line));
                data.Append(row);
                r++;
            }
            foreach (var cells in part.Rows)
            {
                var row = new Row { RowIndex = r };
                for (int c = 0; c < cells.Count; c++)
                {
                    var cell = cells[c];
                    if (cell is null) continue;
                    if (cell.Number is decimal d) row.Append(NumberCell(c, r, d));
                    else if (cell.Text.Length > 0) row.Append(TextCell(c, r, cell.Text));
                    if (cell.ColSpan > 1 || cell.RowSpan > 1)
                        merges.Append(new MergeCell { Reference = $"{Ref(c, r)}:{Ref(c + cell.ColSpan - 1, r + (uint)cell.RowSpan - 1)}" });
                }
                data.Append(row);
                r++;
            }
            var worksheet = new Worksheet(data);
            if (merges.HasChildren) worksheet.Append(merges);
            wsPart.Worksheet = worksheet;
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(wsPart), SheetId = id++, Name = part.Name });
        }
        workbookPart.Workbook.Save();
    }

    /// <summary>A text cell; one of several lines wraps (style 3), as Excel stores a cell typed with Alt+Enter.</summary>
    private static Cell TextCell(int column, uint row, string text) => new()
    {
        CellReference = Ref(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = text.Contains('\n') ? 3u : null,
    };

    private static Cell NumberCell(int column, uint row, decimal value) => new()
    {
        CellReference = Ref(column, row),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = Decimals(value) > 2 ? 2u : 1u,
    };

    private static int Decimals(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;

    public static string Ref(int column, uint row)
    {
        var letters = "";
        int c = column + 1;
        while (c > 0) { int m = (c - 1) % 26; letters = (char)('A' + m) + letters; c = (c - 1) / 26; }
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Style 0 default, 1 = #,##0.00 (built-in 4), 2 = #,##0.0000 (custom 164), 3 = wrapped text.</summary>
    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.0000" }) { Count = 1 },
        new Fonts(new Font(new FontName { Val = "宋体" }, new FontSize { Val = 11 })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }) { Count = 4 });
}
