using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Office;

/// <summary>Picks the reader of a published format by the file's extension.</summary>
public static class OfficeReaders
{
    public static readonly string[] Extensions = [".xlsx", ".xls", ".docx", ".html", ".htm"];

    public static bool Handles(string path) => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    public static ReadOutcome<TextSource> Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" or ".xls" => new SpreadsheetReader().Read(path),
        ".docx" => new DocxReader().Read(path),
        ".html" or ".htm" => new HtmlReader().Read(path),
        var other => ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Unsupported(Path.GetFileName(path), other)),
    };
}
