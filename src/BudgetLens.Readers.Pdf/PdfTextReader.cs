using System.Security.Cryptography;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace BudgetLens.Readers.Pdf;

/// <summary>
/// Reads a PDF (PdfPig) into the numbered lines the recognisers understand: per page, text outside tables one line
/// each (wide gaps kept as runs of spaces), and each row of a table drawn with ruling lines one line of TAB-joined
/// cells (wrapped cell text joined); every line carries its page and box. Running headers and footers repeated
/// across pages are flagged as page furniture. Problems (encryption, damage, pages without a text layer, fonts
/// without a Unicode mapping) are diagnostics; what was readable is still returned.
/// </summary>
public sealed class PdfTextReader
{
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    public ReadOutcome<TextSource> Read(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.NotFound(name));
        if (info.Length > DefaultMaxBytes) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.TooLarge(name, info.Length, DefaultMaxBytes));
        return Decode(name, File.ReadAllBytes(path));
    }

    public static ReadOutcome<TextSource> Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Empty(fileName));
        if (!HasPdfHeader(bytes)) return ReadOutcome<TextSource>.Fail(PdfDiagnostics.NotPdf(fileName));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var diagnostics = new List<Diagnostic>();
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadOutcome<TextSource>.Fail(PdfDiagnostics.Encrypted(fileName));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ReadOutcome<TextSource>.Fail(PdfDiagnostics.Corrupt(fileName, e.Message));
        }

        using (document)
        {
            int pageCount;
            try { pageCount = document.NumberOfPages; }
            catch (Exception e) when (e is not OutOfMemoryException) { return ReadOutcome<TextSource>.Fail(PdfDiagnostics.Corrupt(fileName, e.Message)); }

            var pages = new List<PageLines>();
            int withText = 0;
            bool printsSpaces = false;
            var readWithoutSpaces = new List<int>(); // indexes in pages read before the document was seen to print spaces
            for (int p = 1; p <= pageCount; p++)
            {
                Page page;
                try { page = document.GetPage(p); }
                catch (PdfDocumentEncryptedException) { return ReadOutcome<TextSource>.Fail(PdfDiagnostics.Encrypted(fileName)); }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    diagnostics.Add(PdfDiagnostics.PageUnreadable(fileName, p, e.Message));
                    continue;
                }
                try
                {
                    bool known = printsSpaces;
                    var lines = PageReader.Read(page, p, fileName, diagnostics, ref printsSpaces);
                    if (!known && !printsSpaces) readWithoutSpaces.Add(pages.Count);
                    if (lines.Lines.Count == 0)
                    {
                        if (!diagnostics.Any(d => d.Id == "RD0107" && d.Location?.Page == p)) diagnostics.Add(PdfDiagnostics.NoTextLayer(fileName, p));
                    }
                    else withText++;
                    pages.Add(lines);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    diagnostics.Add(PdfDiagnostics.PageUnreadable(fileName, p, e.Message));
                }
            }
            if (pageCount > 0 && withText == 0 && !diagnostics.Any(d => d.Id is "RD0104" or "RD0107"))
            {
                diagnostics.RemoveAll(d => d.Id == "RD0105");
                return ReadOutcome<TextSource>.Fail(PdfDiagnostics.NoTextAtAll(fileName, pageCount));
            }
            if (withText == 0)
            {
                var first = diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? PdfDiagnostics.NoTextAtAll(fileName, pageCount);
                return ReadOutcome<TextSource>.Fail(first);
            }
            // pages read before a later page showed that the producer prints its spaces are read again knowing it
            if (printsSpaces)
                foreach (var at in readWithoutSpaces)
                {
                    try
                    {
                        var again = PageReader.Read(document.GetPage(pages[at].Number), pages[at].Number, fileName, [], ref printsSpaces);
                        if (again.Lines.Count > 0) pages[at] = again;
                    }
                    catch (Exception e) when (e is not OutOfMemoryException) { /* the first reading stands */ }
                }
            PageFurniture.Mark(pages);
            RowContinuation.Join(pages);
            var sourceLines = new List<SourceLine>();
            foreach (var page in pages)
                foreach (var line in page.Lines)
                    sourceLines.Add(new SourceLine(sourceLines.Count + 1, line.Text, line.Origin(page.Number)));
            return ReadOutcome<TextSource>.Ok(new TextSource(fileName, "PDF", sha, sourceLines, diagnostics, "pdf"));
        }
    }

    private static bool HasPdfHeader(byte[] bytes)
    {
        int limit = Math.Min(bytes.Length - 4, 1024);
        for (int i = 0; i < limit; i++)
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F') return true;
        return false;
    }
}
