using System.Security.Cryptography;
using System.Text;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BudgetLens.Readers.Office;

/// <summary>
/// Reads a Word document (.docx) with the Open XML SDK: body paragraphs as lines, tables as rows of cells on one grid
/// (gridSpan widens a cell, vMerge continuations are empty cells under the merged cell's text), in document order.
/// </summary>
public sealed class DocxReader
{
    public ReadOutcome<TextSource> Read(string path) =>
        OfficeFile.Read(path, bytes => Decode(Path.GetFileName(path), bytes));

    public static ReadOutcome<TextSource> Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Empty(fileName));
        if (OfficeFile.IsEncryptedPackage(bytes)) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.Encrypted(fileName));
        if (!OfficeFile.IsZip(bytes)) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.Corrupt(fileName, "docx", "不是 zip 包 / not a zip package"));
        var builder = new OfficeTextBuilder();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.NoContent(fileName));
            foreach (var element in body.ChildElements) Add(element, builder);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.Corrupt(fileName, "docx", e.Message));
        }
        if (builder.Lines.All(l => l.IsBlank)) return ReadOutcome<TextSource>.Fail(OfficeDiagnostics.NoContent(fileName));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ReadOutcome<TextSource>.Ok(new TextSource(fileName, "docx", sha, builder.Lines, [], SourceFormats.Docx));
    }

    private static void Add(OpenXmlElement element, OfficeTextBuilder builder)
    {
        switch (element)
        {
            case W.Paragraph p:
                builder.AddText(ParagraphText(p));
                break;
            case W.Table t:
                builder.AddGrid(Grid(t));
                break;
            case W.SdtBlock sdt:
                foreach (var child in sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>()) Add(child, builder);
                break;
        }
    }

    /// <summary>The text of a paragraph: runs' text, tabs as spaces, breaks as spaces.</summary>
    public static string ParagraphText(W.Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case W.Text t: sb.Append(t.Text); break;
                case W.TabChar: sb.Append(' '); break;
                case W.Break: sb.Append(' '); break;
            }
        }
        return sb.ToString();
    }

    private static CellGrid Grid(W.Table table)
    {
        var grid = new CellGrid();
        int r = 0;
        foreach (var row in table.Elements<W.TableRow>())
        {
            int c = 0;
            foreach (var cell in row.Elements<W.TableCell>())
            {
                var props = cell.TableCellProperties;
                int span = props?.GridSpan?.Val?.Value ?? 1;
                var vMerge = props?.VerticalMerge;
                bool continuation = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == W.MergedCellValues.Continue);
                var text = continuation ? "" : string.Join(" ", cell.Elements<W.Paragraph>().Select(ParagraphText).Where(t => t.Trim().Length > 0).Select(t => t.Trim()));
                // a table nested in a cell adds its text to the cell
                foreach (var nested in cell.Elements<W.Table>())
                    text = string.Join(" ", new[] { text }.Concat(nested.Descendants<W.Paragraph>().Select(ParagraphText)).Where(t => t.Trim().Length > 0));
                grid.Set(r, c, new GridCell(text, ColSpan: span));
                for (int k = 1; k < span; k++) grid.Set(r, c + k, new GridCell(""));
                c += span;
            }
            if (c == 0) grid.Set(r, 0, new GridCell(""));
            r++;
        }
        return grid;
    }
}
