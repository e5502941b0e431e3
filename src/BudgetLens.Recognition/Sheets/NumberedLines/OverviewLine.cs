using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// A line of the overview that carries amounts: <c>[name] amount… [goal]</c>, e.g. <c>    购置经费 47.38 47.38</c>,
/// <c>50.00 50.00</c> (the name wrapped onto earlier lines), or <c>31000120230101 35,000.00 35,000.00 31000120230101</c>
/// (a placeholder whose goal column repeats its code).
/// </summary>
public sealed record OverviewLine(string NamePart, IReadOnlyList<decimal> Amounts, string Tail)
{
    private static readonly char[] SentenceMarks = ['。', ';', '；'];
    private static readonly char[] TokenSeparators = [' ', '\t', '\u3000', '\u00A0'];
    private static readonly char[] Separators = ['.', ',', '．', '，'];

    /// <summary>Every amount has a digit (<see cref="AmountParser.TryParse"/>), ASCII or full-width.</summary>
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    /// <summary>Reads a line as an overview line; <paramref name="maxAmounts"/> is the number of amount columns.</summary>
    public static OverviewLine? TryRead(string raw, int maxAmounts)
    {
        if (!raw.AsSpan().ContainsAny(Digits)) return null;
        var tokens = raw.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
        int start = Array.FindIndex(tokens, IsAmount);
        if (start < 0) return null;
        int end = start;
        while (end < tokens.Length && IsAmount(tokens[end])) end++;
        if (end - start > maxAmounts) start = end - maxAmounts;
        var name = string.Join(" ", tokens[..start]);
        if (name.IndexOfAny(SentenceMarks) >= 0 || NumberedIndicator.StartsAt(raw)) return null;
        var amounts = tokens[start..end].Select(t => AmountParser.ParseOrNull(t)!.Value).ToList();
        return new OverviewLine(name, amounts, string.Join(" ", tokens[end..]));
    }

    /// <summary>
    /// A printed amount: digits with an optional decimal point and thousands commas. A digit string of 8 or more without
    /// either is a code (31000120230101), not an amount.
    /// </summary>
    public static bool IsAmount(string token)
    {
        if (!AmountParser.TryParse(token, out _)) return false;
        bool separated = token.IndexOfAny(Separators) >= 0;
        return separated || token.TrimStart('-').Length <= 7;
    }
}
