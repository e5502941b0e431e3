namespace BudgetLens.Readers.Text;

/// <summary>Folds the forms Chinese documents mix freely (全角/半角) into one, for matching only.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
        {
            if (Fold(text[i]) != text[i]) break;
        }
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int k = 0; k < source.Length; k++) span[k] = Fold(source[k]);
        });
    }

    /// <summary>Full-width ASCII (U+FF01–U+FF5E) to ASCII; U+3000, U+00A0 and tabs to a space. Other characters unchanged.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>Removes every kind of white space (for comparing labels printed with spaces inside, such as 合  计).</summary>
    public static string RemoveSpaces(string text)
    {
        int first = text.AsSpan().IndexOfAny(WhiteSpace);
        if (first < 0) return text;
        return string.Create(text.Length - CountWhiteSpace(text.AsSpan(first)), text, static (span, source) =>
        {
            int n = 0;
            foreach (char c in source) if (!char.IsWhiteSpace(c)) span[n++] = c;
        });
    }

    private static int CountWhiteSpace(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (char c in text) if (char.IsWhiteSpace(c)) count++;
        return count;
    }

    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");
}
