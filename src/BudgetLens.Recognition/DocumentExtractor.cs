using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition;

/// <summary>
/// Turns a text input into the document model: cuts it into blocks at titles, gives each block to the first
/// recogniser that can read it, fills the document-level facts, and reports every line nobody took.
/// </summary>
public sealed class DocumentExtractor
{
    private readonly IReadOnlyList<IBlockRecognizer> _recognizers;

    public DocumentExtractor(IReadOnlyList<IBlockRecognizer> recognizers) => _recognizers = recognizers;

    public static DocumentExtractor Default { get; } = new(RecognizerCatalog.All);

    public BudgetDocument Extract(TextSource source)
    {
        var context = new ExtractionContext(source);
        var output = new DocumentBuilder();
        LayoutMarker.Mark(context);
        foreach (var block in context.Blocks)
        {
            var recognizer = _recognizers.FirstOrDefault(r => r.CanRead(block, context));
            recognizer?.Read(block, context, output);
            if (recognizer is not null && block.Kind != Block.Narrative && TrailingNarrative.After(block, context) is { } narrative)
                _recognizers.FirstOrDefault(r => r.CanRead(narrative, context))?.Read(narrative, context, output);
        }
        DocumentFacts.Fill(context, output);
        context.ReportUnusedLines();
        if (output.Tables.Count == 0 && output.Projects.Count == 0 && output.DepartmentTargets.Count == 0)
            context.Report(ExtractionDiagnostics.NoContent(source.FileName));
        var info = new SourceInfo(source.FileName, source.Sha256, source.Format) { Encoding = source.EncodingName };
        return LocationEnricher.Enrich(output.Build(info, context.Diagnostics), source);
    }
}
