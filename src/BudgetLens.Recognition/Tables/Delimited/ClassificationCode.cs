using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// Classification codes of function/economic tables: a code fused with its name (<c>2101101行政单位医疗</c>) split,
/// and abbreviated codes (<c>05</c> printed under <c>208</c>) expanded to the full code from the rows above.
/// </summary>
public sealed class ClassificationCode
{
    private string? _class;   // last 3-digit code
    private string? _section; // last 5-digit code
    private int _lastLength;
    private bool _itemsAbbreviated;
    private decimal? _sectionTotal;
    private decimal _itemSum;

    /// <summary>Splits leading code digits from a label: ("2101101", "行政单位医疗"); (null, label) when none.</summary>
    public static (string? Code, string Label) SplitFused(string text)
    {
        var t = TextNormalizer.Normalize(text).Trim();
        int i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i is not (2 or 3 or 5 or 7)) return (null, text.Trim());
        if (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] is '.' or ',' or '%')) return (null, text.Trim());
        return (t[..i], text.Trim()[i..].Trim());
    }

    /// <summary>True for a printed code: 2, 3, 5 or 7 digits.</summary>
    public static bool IsCodeShaped(string text)
    {
        var t = text.Trim();
        return t.Length is 2 or 3 or 5 or 7 && t.All(char.IsAsciiDigit);
    }

    /// <summary>
    /// The full code of a printed one. A 2-digit code continues the rows above: after a class or an item it is a
    /// 款 under the current class (<c>05</c> under <c>208</c> → <c>20805</c>); after a 款, or after an item that was
    /// itself abbreviated, it is an item under the current 款 — unless the items so far already add up to the 款's
    /// total (the arithmetic says the 款 is complete, so the code starts the next 款).
    /// </summary>
    public string? Expand(string printed, decimal? total = null)
    {
        bool sectionComplete = _sectionTotal is decimal s && _itemSum == s && _lastLength == 7;
        var t = printed.Trim();
        string? full = t.Length switch
        {
            3 or 5 or 7 => t,
            2 when (_lastLength == 5 || (_lastLength == 7 && _itemsAbbreviated)) && !sectionComplete && _section is not null => _section + t,
            2 when _class is not null => _class + t,
            _ => null,
        };
        if (full is null) return null;
        if (full.Length == 3) { _class = full; _section = null; }
        else if (full.Length == 5) { _section = full; _class ??= full[..3]; _sectionTotal = total; _itemSum = 0; }
        else if (full.Length == 7) _itemSum += total ?? 0;
        if (full.Length == 7) _itemsAbbreviated = t.Length == 2;
        _lastLength = full.Length;
        return full;
    }

    /// <summary>1/2/3 for 3/5/7 digits.</summary>
    public static int LevelOf(string code) => code.Length switch { 3 => 1, 5 => 2, 7 => 3, _ => 1 };
}
