using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// One numbered indicator of the overview layout, read from its lines joined without separators:
/// <c>N、1-产出指标；11-数量指标；NAME；实施周期指标值:X；年度指标值:Y。</c>. The period label may be printed with
/// <c>:</c>, <c>：</c> or no colon, or misprinted <c>实施周期指值</c>.
/// </summary>
public sealed partial record NumberedIndicator(string Level1Raw, string Level2Raw, string Name, string? PeriodText, string? Text)
{
    [GeneratedRegex(@"^\s*\d+\s*、\s*\d+\s*-")]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"^\s*\d+\s*、\s*(?<l1>[^;]*);(?<l2>[^;]*);(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex PartsPattern();

    [GeneratedRegex(@";?\s*实施周期指标?值\s*:?")]
    private static partial Regex PeriodLabel();

    [GeneratedRegex(@";?\s*年度指标?值\s*:?")]
    private static partial Regex AnnualLabel();

    /// <summary>True when a line begins a numbered indicator (<c>3、2-效益指标…</c>).</summary>
    public static bool StartsAt(string line) => StartPattern().IsMatch(TextNormalizer.Normalize(line));

    /// <summary>
    /// True when the joined text already holds its last field with a value (年度指标值:Y; or, where no value label is
    /// printed at all, a closed line of four fields), so that a line break may end it.
    /// </summary>
    public static bool HasFinalField(string joined)
    {
        var normalized = TextNormalizer.Normalize(joined);
        var annual = AnnualLabel().Match(normalized);
        if (annual.Success) return normalized[(annual.Index + annual.Length)..].Trim().TrimEnd('。').Length > 0;
        return !PeriodLabel().IsMatch(normalized) && IsTerminated(joined) && normalized.Count(c => c == ';') >= 3;
    }

    /// <summary>True when the joined text ends with the separator that closes a numbered line.</summary>
    public static bool IsTerminated(string joined) => joined.TrimEnd().EndsWith('。');

    /// <summary>Reads the joined text of one indicator; null when it is not a numbered indicator.</summary>
    public static NumberedIndicator? Parse(string joined)
    {
        var normalized = TextNormalizer.Normalize(joined);
        var m = PartsPattern().Match(normalized);
        if (!m.Success) return null;
        string Raw(int at, int length) => joined.Substring(at, length);
        var l1 = m.Groups["l1"];
        var l2 = m.Groups["l2"];
        var rest = m.Groups["rest"];
        int restEnd = rest.Index + rest.Length;
        var period = PeriodLabel().Match(normalized, rest.Index);
        var annual = AnnualLabel().Match(normalized, period.Success ? period.Index + period.Length : rest.Index);
        string name;
        string? periodText = null, text;
        if (annual.Success)
        {
            int nameEnd = period.Success ? period.Index : annual.Index;
            name = Raw(rest.Index, nameEnd - rest.Index);
            if (period.Success) periodText = Value(Raw(period.Index + period.Length, annual.Index - period.Index - period.Length));
            text = Value(Raw(annual.Index + annual.Length, restEnd - annual.Index - annual.Length));
        }
        else
        {
            // Only one value printed: the last field is the target.
            var restText = Raw(rest.Index, rest.Length);
            int cut = Math.Max(restText.LastIndexOf('；'), restText.LastIndexOf(';'));
            name = cut >= 0 ? restText[..cut] : restText;
            text = cut >= 0 ? Value(restText[(cut + 1)..]) : null;
        }
        return new NumberedIndicator(Clean(Raw(l1.Index, l1.Length)), Clean(Raw(l2.Index, l2.Length)), Clean(name), periodText, text);
    }

    /// <summary>A printed value without the layout's trailing separators; runs of spaces made one.</summary>
    private static string? Value(string printed)
    {
        var v = Clean(printed).TrimEnd(ValueTrimmed).Trim();
        return v.Length == 0 ? null : v;
    }

    private static string Clean(string s) => SpaceRun().Replace(s.Trim(CleanTrimmed), " ");

    private static readonly char[] CleanTrimmed = [' ', '\t', '\u3000', '\u00A0', '；', ';'];
    private static readonly char[] ValueTrimmed = ['。', '；', ';'];

    [GeneratedRegex(@"[ \u3000\u00A0\t]{2,}")]
    private static partial Regex SpaceRun();
}
