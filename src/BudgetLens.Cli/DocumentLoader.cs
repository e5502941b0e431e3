using BudgetLens.Model;
using BudgetLens.Model.Json;
using BudgetLens.Readers;
using BudgetLens.Readers.Office;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition;

namespace BudgetLens.Cli;

/// <summary>Reads one input file into a document (extracting text, or loading document JSON), or says in one line why it cannot.</summary>
internal static class DocumentLoader
{
    /// <summary>The document, the source lines it was read from (to quote them), or the reason it could not be read.</summary>
    public sealed record Loaded(BudgetDocument? Document, TextSource? Text, string? Error);

    public static Loaded Load(string path)
    {
        try
        {
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return LoadJson(path);
            var outcome = path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? new Readers.Pdf.PdfTextReader().Read(path)
                : OfficeReaders.Handles(path) ? OfficeReaders.Read(path)
                : new TextFileReader().Read(path);
            if (!outcome.Succeeded) return new Loaded(null, null, outcome.Failure!.Message);
            return new Loaded(DocumentExtractor.Default.Extract(outcome.Value!), outcome.Value, null);
        }
        catch (IOException e)
        {
            return new Loaded(null, null, ReaderDiagnostics.IoError(Path.GetFileName(path), e.Message).Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return new Loaded(null, null, ReaderDiagnostics.IoError(Path.GetFileName(path), e.Message).Message);
        }
    }

    private static Loaded LoadJson(string path)
    {
        try
        {
            var doc = DocumentJson.Deserialize(File.ReadAllText(path));
            if (doc is null || doc.Schema != BudgetDocument.SchemaId)
                return new Loaded(null, null, $"不是 {BudgetDocument.SchemaId} 文档 / not a {BudgetDocument.SchemaId} document: {Path.GetFileName(path)}");
            return new Loaded(doc, null, null);
        }
        catch (System.Text.Json.JsonException e)
        {
            return new Loaded(null, null, $"JSON 无法解析 / invalid JSON in {Path.GetFileName(path)}: {e.Message}");
        }
    }
}
