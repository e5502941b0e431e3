using System.Text;

namespace BudgetLens.Readers.Text;

/// <summary>Decides how a text file is encoded: a BOM, else strict UTF-8, else GB18030 (which covers GBK and GB2312).</summary>
public static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public sealed record Result(Encoding Encoding, string Name, int PreambleLength);

    public static Result Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(new UTF8Encoding(false), "UTF-8 (BOM)", 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode, "UTF-16LE (BOM)", 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode, "UTF-16BE (BOM)", 2);
        if (LooksLikeUtf16WithoutBom(bytes, out var utf16)) return utf16!;
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return new(new UTF8Encoding(false), "UTF-8", 0);
        if (IsUtf8CutShort(bytes)) return new(new UTF8Encoding(false), TruncatedUtf8, 0);
        return new(Gb18030, "GB18030", 0);
    }

    /// <summary>The name given to UTF-8 whose last character was cut off (a truncated file).</summary>
    public const string TruncatedUtf8 = "UTF-8 (truncated)";

    /// <summary>Valid UTF-8 but for an unfinished multi-byte character at the very end: a file cut short, not another encoding.</summary>
    private static bool IsUtf8CutShort(ReadOnlySpan<byte> bytes)
    {
        for (int k = 1; k <= 3 && k < bytes.Length; k++)
        {
            byte lead = bytes[^k];
            if ((lead & 0xC0) == 0x80) continue; // a continuation byte: look further back for the lead
            int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return needed > k && System.Text.Unicode.Utf8.IsValid(bytes[..^k]);
        }
        return false;
    }

    /// <summary>UTF-16 without BOM: every other byte zero in ASCII-heavy text.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out Result? result)
    {
        result = null;
        int sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 16) return false;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int pairs = sample / 2;
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) result = new(Encoding.Unicode, "UTF-16LE", 0);
        else if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) result = new(Encoding.BigEndianUnicode, "UTF-16BE", 0);
        return result is not null;
    }
}
