using BudgetLens.Recognition.Pipeline;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Narrative;

/// <summary>
/// Reads untitled text (the front matter before the first table, or narrative between tables): a printed table of
/// contents, then the narrative sections under their ordinal headings. Short unpunctuated lines before any heading
/// (the cover title) are layout; other text there is reported.
/// </summary>
public sealed class NarrativeRecognizer : IBlockRecognizer
{
    public string Name => "narrative";

    public bool CanRead(Block block, ExtractionContext context) => block.Kind == Block.Narrative;

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        TocReader.Read(context, block.StartLine, block.EndLine, output.Toc);
        var unread = SectionReader.Read(context, block.StartLine, block.EndLine, output.Sections);
        foreach (var n in unread)
        {
            var line = context.Line(n);
            if (NarrativeHeading.IsTitleShaped(TextNormalizer.RemoveSpaces(line.Normalized))) context.Layout(n);
            else context.Report(ExtractionDiagnostics.Skipped(n, line.Raw.Trim(), "正文标题前的文字未归入任何章节 / text before the first heading belongs to no section"));
        }
    }
}
