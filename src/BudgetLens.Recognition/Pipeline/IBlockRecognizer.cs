namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// Reads one block into the document. Each recogniser handles one construct (a layout of a table kind, a kind of
/// sheet, the contents, the narrative) and says by <see cref="CanRead"/> whether a block is of its construct.
/// </summary>
public interface IBlockRecognizer
{
    /// <summary>A stable name, for diagnostics and tests.</summary>
    string Name { get; }

    bool CanRead(Block block, ExtractionContext context);

    void Read(Block block, ExtractionContext context, DocumentBuilder output);
}
