using BudgetLens.Readers.Text;

namespace BudgetLens.Readers.Office;

/// <summary>What the office readers share: the size limit, missing files and I/O errors as diagnostics, the encrypted-package check.</summary>
public static class OfficeFile
{
    public const long MaxBytes = 256L * 1024 * 1024;

    public static ReadOutcome<TextSource> Read(string path, Func<byte[], ReadOutcome<TextSource>> decode)
    {
        var name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.NotFound(name));
        if (info.Length > MaxBytes) return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.TooLarge(name, info.Length, MaxBytes));
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadOutcome<TextSource>.Fail(ReaderDiagnostics.IoError(name, e.Message));
        }
        return decode(bytes);
    }

    /// <summary>
    /// An encrypted OOXML file (xlsx/docx with a password) is an OLE compound file holding an EncryptionInfo stream,
    /// not a zip: the stream name appears in UTF-16 in its directory.
    /// </summary>
    public static bool IsEncryptedPackage(byte[] bytes)
    {
        if (bytes.Length < 8 || bytes[0] != 0xD0 || bytes[1] != 0xCF || bytes[2] != 0x11 || bytes[3] != 0xE0) return false;
        var marker = System.Text.Encoding.Unicode.GetBytes("EncryptionInfo");
        return bytes.AsSpan().IndexOf(marker) >= 0;
    }

    public static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K';
}
