using System.Globalization;

namespace BudgetLens.Recognition.Common;

/// <summary>Reads printed amounts exactly: "1,028.96", "479,772.67", "0.10", "-3.5", "（12.00）" stays text.</summary>
public static class AmountParser
{
    /// <summary>True when the whole token is an amount (digits, thousands commas, one decimal point, optional sign).</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        token = token.Trim();
        if (token.IsEmpty || token.Length > 40) return false;
        Span<char> buffer = stackalloc char[token.Length];
        int n = 0, digits = 0, dots = 0;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (c is >= '０' and <= '９') c = (char)(c - '０' + '0');
            if (char.IsAsciiDigit(c)) { buffer[n++] = c; digits++; }
            else if (c is ',' or '，')
            {
                if (digits == 0 || dots > 0) return false;
            }
            else if (c is '.' or '．')
            {
                if (++dots > 1 || digits == 0) return false;
                buffer[n++] = '.';
            }
            else if (c is '-' or '−' && i == 0) buffer[n++] = '-';
            else return false;
        }
        if (digits == 0 || buffer[n - 1] == '.') return false;
        return decimal.TryParse(buffer[..n], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static decimal? ParseOrNull(ReadOnlySpan<char> token) => TryParse(token, out var v) ? v : null;

    /// <summary>A classification code: 3, 5 or 7 digits only.</summary>
    public static bool IsCode(ReadOnlySpan<char> token)
    {
        token = token.Trim();
        if (token.Length is not (3 or 5 or 7)) return false;
        foreach (var c in token) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
