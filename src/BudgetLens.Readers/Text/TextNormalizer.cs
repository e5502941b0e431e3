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
        if (!text.Any(char.IsWhiteSpace)) return text;
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
