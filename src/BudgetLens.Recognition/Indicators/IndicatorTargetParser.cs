using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Indicators;

/// <summary>
/// Reads a printed target ("≥10000人次", "不少于2000000份", "5%-10%", "定性 98 %", "2023年12月底前") into
/// comparator, value, valueMax and unit, by the rules of the extraction contract.
/// </summary>
public static class IndicatorTargetParser
{
    private const string UnitStops = "，。；;,、：:!！?？ \t（()）[]【】“”\"'";

    public static IndicatorTarget Parse(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return IndicatorTarget.None;
        var text = TextNormalizer.Normalize(printed).Trim();
        int searchFrom = 0;
        while (FindNumber(text, searchFrom, out int start, out int end))
        {
            if (IsCodeOrDate(text, start, end, out int skipTo))
            {
                searchFrom = skipTo;
                continue;
            }
            return Read(text, start, end);
        }
        return new IndicatorTarget(StandaloneComparator(text), null, null, null);
    }

    private static IndicatorTarget Read(string text, int start, int end)
    {
        decimal value = decimal.Parse(text.AsSpan(start, end - start).ToString().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        string? comparator = ComparatorBefore(text, start) ?? LeadingComparator(text, start);
        int unitStart = end;
        decimal? max = null;
        // A range: 5%-10%, 5～10, 3至5
        int afterFirstUnit = SkipUnitChars(text, end);
        int sep = SkipSpaces(text, afterFirstUnit);
        if (sep < text.Length && text[sep] is '-' or '～' or '~' or '至' or '—')
        {
            int next = SkipSpaces(text, sep + 1);
            if (FindNumber(text, next, out int s2, out int e2) && s2 == next)
            {
                max = decimal.Parse(text.AsSpan(s2, e2 - s2).ToString().Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
                comparator = Comparators.Range;
                unitStart = e2;
            }
        }
        var (unit, afterWord) = ReadUnit(text, SkipSpaces(text, unitStart));
        if (comparator is null && afterWord is not null) comparator = afterWord;
        return new IndicatorTarget(comparator, value, max, unit);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    private static int SkipUnitChars(string text, int i)
    {
        while (i < text.Length && !char.IsAsciiDigit(text[i]) && UnitStops.IndexOf(text[i]) < 0 && text[i] is not ('-' or '～' or '~' or '至' or '—')) i++;
        return i;
    }

    /// <summary>The unit after the number, with a trailing comparator word (以上, 以内, 内 …) split off, and a bracket judged per the contract.</summary>
    private static (string? Unit, string? AfterComparator) ReadUnit(string text, int i)
    {
        int start = i;
        while (i < text.Length && UnitStops.IndexOf(text[i]) < 0 && !char.IsAsciiDigit(text[i])) i++;
        var unit = text[start..i];
        string? after = null;
        foreach (var (word, comparator) in Comparators.After)
        {
            int at = unit.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (word != "内" || at == unit.Length - 1 || EndsWithDuration(unit[..at])))
            {
                after = comparator;
                unit = unit[..at];
                break;
            }
        }
        if (after is null && i < text.Length && text[i] is '(' or '（')
        {
            int close = text.IndexOfAny([')', '）'], i + 1);
            if (close > i)
            {
                var inner = text[(i + 1)..close];
                if (unit.Length == 0 && IsUnitWords(inner, wrapsOnly: true)) unit = inner;
                else if (unit.Length > 0 && IsUnitWords(inner, wrapsOnly: false)) unit += printedBracket(text, i, close);
            }
        }
        return (unit.Length == 0 ? null : unit, after);

        static string printedBracket(string t, int open, int close) => t[open..(close + 1)].Replace('(', '（').Replace(')', '）');
    }

    /// <summary>A bracket that lists unit words (台、套、件、辆 / 类) rather than a note (含…, 包括…).</summary>
    private static bool IsUnitWords(string inner, bool wrapsOnly)
    {
        if (inner.Length == 0 || inner.Length > 12) return false;
        if (wrapsOnly) return inner.All(c => c == '%' || char.IsLetter(c) || c == '/');
        if (inner.StartsWith('含') || inner.StartsWith("包括", StringComparison.Ordinal) || inner.StartsWith("其中", StringComparison.Ordinal)) return false;
        return inner.All(c => c == '、' || (c >= '\u4E00' && c <= '\u9FFF')) && inner.Split('、').All(p => p.Length is >= 1 and <= 2);
    }

    private static string? ComparatorBefore(string text, int numberStart)
    {
        int end = numberStart;
        while (end > 0 && text[end - 1] == ' ') end--;
        var before = text.AsSpan(0, end);
        foreach (var (word, comparator) in Comparators.Before)
        {
            if (before.EndsWith(word, StringComparison.Ordinal)) return comparator;
        }
        return null;
    }

    /// <summary>
    /// A comparator that opens the target and governs its first number across words (≥计划购置数量90%): a symbol or a
    /// word of two characters or more (a lone 达/约 opening a sentence is too often an ordinary word).
    /// </summary>
    private static string? LeadingComparator(string text, int numberStart)
    {
        foreach (var (word, comparator) in Comparators.Before)
        {
            bool symbol = word.All(c => !char.IsLetter(c));
            if ((symbol || word.Length >= 2) && comparator != Comparators.Qualitative && word.Length <= numberStart
                && text.StartsWith(word, StringComparison.Ordinal)) return comparator;
        }
        return null;
    }

    private static bool EndsWithDuration(string unit) =>
        Comparators.DurationUnits.Any(d => unit.EndsWith(d, StringComparison.Ordinal));

    /// <summary>The explicit comparison word of a target without a number: the earliest in the text, longest first.</summary>
    private static string? StandaloneComparator(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            foreach (var (word, comparator) in Comparators.Standalone)
            {
                if (text.AsSpan(i).StartsWith(word, StringComparison.Ordinal)) return comparator;
            }
        }
        return null;
    }

    /// <summary>Finds the next decimal number (digits, thousands commas, one decimal point) at or after <paramref name="from"/>.</summary>
    private static bool FindNumber(string text, int from, out int start, out int end)
    {
        start = end = -1;
        int i = from;
        while (i < text.Length && !char.IsAsciiDigit(text[i])) i++;
        if (i >= text.Length) return false;
        start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == ',' && CommaGroup(text, i))))
            i++;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        end = i;
        return true;
    }

    private static bool CommaGroup(string text, int comma)
    {
        int k = comma + 1, n = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k])) { k++; n++; }
        return n == 3;
    }

    /// <summary>Dates (2023年12月底前) and identifiers (31000120230101, GZIT2022-QM-N-A-045065) are not quantities.</summary>
    private static bool IsCodeOrDate(string text, int start, int end, out int skipTo)
    {
        int tokenStart = start, tokenEnd = end;
        while (tokenStart > 0 && (char.IsAsciiLetterOrDigit(text[tokenStart - 1]) || text[tokenStart - 1] == '-')) tokenStart--;
        while (tokenEnd < text.Length && (char.IsAsciiLetterOrDigit(text[tokenEnd]) || (text[tokenEnd] == '-' && tokenEnd + 1 < text.Length && char.IsAsciiLetterOrDigit(text[tokenEnd + 1])))) tokenEnd++;
        var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
        bool hasLetter = false;
        foreach (var c in token) hasLetter |= char.IsAsciiLetter(c);
        int digitRun = end - start;
        if ((hasLetter && token.IndexOfAnyInRange('0', '9') >= 0) || (digitRun >= 8 && text.IndexOf('.', start, end - start) < 0))
        {
            skipTo = tokenEnd;
            return true;
        }
        // a year: 19xx/20xx followed by 年, and the month/day numbers after it
        if (digitRun == 4 && end < text.Length && text[end] == '年' && text[start] is '1' or '2' && !IsYearCount(text, start))
        {
            int k = end + 1;
            while (k < text.Length && (char.IsAsciiDigit(text[k]) || text[k] is '月' or '日' or '号' or '底' or '初' or '末' or '中' or '前' or '后' or '上' or '下' or '旬')) k++;
            skipTo = k;
            return true;
        }
        skipTo = end;
        return false;
    }

    /// <summary>"≥1000年" counts years; a comparator before the 4-digit number says it is a count, not a date (定性 compares nothing: "定性 2022年12月底" is a date).</summary>
    private static bool IsYearCount(string text, int start) => ComparatorBefore(text, start) is { } c && c != Comparators.Qualitative;
}
