using System.Security.Cryptography;
using BudgetLens.Model;

namespace BudgetLens.Readers.Text;

/// <summary>Reads a text file (converter output, Markdown, TSV) into numbered lines, whatever its encoding.</summary>
public sealed class TextFileReader
{
    /// <summary>Converter text of one disclosure is tens of kilobytes; a file beyond this limit is refused with a message, never loaded.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly long _maxBytes;

    public TextFileReader(long maxBytes = DefaultMaxBytes) => _maxBytes = maxBytes;

    public ReadOutcome<TextSource> Read(string path)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.NotFound(name));
        if (info.Length > _maxBytes) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.TooLarge(name, info.Length, _maxBytes));
        var bytes = File.ReadAllBytes(path);
        return Decode(name, bytes);
    }

    public static ReadOutcome<TextSource> Decode(string fileName, byte[] bytes)
    {
        if (bytes.Length == 0) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Empty(fileName));
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var detected = EncodingDetector.Detect(bytes);
        var text = detected.Encoding.GetString(bytes, detected.PreambleLength, bytes.Length - detected.PreambleLength);
        if (BinaryContent.Looks(text, out var offset))
            return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Binary(fileName, offset));
        var diagnostics = new List<Diagnostic>();
        var lines = LineSplitter.Split(text);
        if (detected.Name == "GB18030")
            diagnostics.Add(ReaderDiagnostics.LegacyEncoding(fileName, detected.Name));
        if (detected.Name == EncodingDetector.TruncatedUtf8)
            diagnostics.Add(ReaderDiagnostics.TruncatedText(fileName, lines.Count));
        foreach (var line in lines)
        {
            if (line.Raw.Contains('\uFFFD') && detected.Name == "GB18030")
                diagnostics.Add(ReaderDiagnostics.Undecodable(fileName, line.Number, line.Raw));
        }
        if (lines.All(l => l.IsBlank))
            return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.Empty(fileName));
        return ReadOutcome<TextSource>.Ok(new TextSource(fileName, detected.Name, sha, lines, diagnostics));
    }
}
