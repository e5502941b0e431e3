using BudgetLens.Model;
using BudgetLens.Readers;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition;

namespace BudgetLens.Cli;

/// <summary>Reads one input file into a document, or says in one line why it cannot.</summary>
internal static class DocumentLoader
{
    public sealed record Loaded(BudgetDocument? Document, string? Error);

    public static Loaded Load(string path)
    {
        try
        {
            var outcome = new TextFileReader().Read(path);
            if (!outcome.Succeeded) return new Loaded(null, outcome.Failure!.Message);
            return new Loaded(DocumentExtractor.Default.Extract(outcome.Value!), null);
        }
        catch (IOException e)
        {
            return new Loaded(null, ReaderDiagnostics.IoError(Path.GetFileName(path), e.Message).Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return new Loaded(null, ReaderDiagnostics.IoError(Path.GetFileName(path), e.Message).Message);
        }
    }
}
