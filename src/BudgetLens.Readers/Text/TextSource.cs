using BudgetLens.Model;

namespace BudgetLens.Readers.Text;

/// <summary>A text input decoded into numbered lines.</summary>
public sealed class TextSource
{
    public TextSource(string fileName, string encodingName, string? sha256, IReadOnlyList<SourceLine> lines, IReadOnlyList<Diagnostic> diagnostics, string format = SourceFormats.Text)
    {
        Format = format;
        FileName = fileName;
        EncodingName = encodingName;
        Sha256 = sha256;
        Lines = lines;
        Diagnostics = diagnostics;
    }

    public string FileName { get; }

    /// <summary>The format the lines were read from (text, pdf, xlsx, xls, docx, html): the contract's source.format.</summary>
    public string Format { get; }
    public string EncodingName { get; }
    public string? Sha256 { get; }
    public IReadOnlyList<SourceLine> Lines { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The line with the given 1-based number.</summary>
    public SourceLine this[int number] => Lines[number - 1];

    public static TextSource FromString(string fileName, string text) =>
        new(fileName, "UTF-16 (string)", null, LineSplitter.Split(text), []);
}
