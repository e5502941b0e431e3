using System.Text.RegularExpressions;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// Reads one line of a space-separated table into a draft row: a leading classification code (indented with spaces
/// or no-break spaces, or glued to its name as in <c>2101101行政单位医疗</c>), the label, and the trailing amounts.
/// </summary>
public static partial class SpacedRowParser
{
    [GeneratedRegex(@"^(\d{3}|\d{5}|\d{7})(?=[^\d.,])(.+)$")]
    private static partial Regex GluedCode();

    /// <summary>A row of a one-sided table.</summary>
    public static DraftRow Parse(SourceLine line)
    {
        var tokens = SpacedToken.Split(line.Raw);
        string? code = null;
        int start = 0;
        if (tokens.Count > 1 && AmountParser.IsCode(tokens[0].Text) && !tokens[1].IsAmount)
        {
            code = tokens[0].Text;
            start = 1;
        }
        else if (tokens.Count > 0 && !tokens[0].IsAmount && GluedCode().Match(tokens[0].Text) is { Success: true } m)
        {
            code = m.Groups[1].Value;
            tokens[0] = new SpacedToken(m.Groups[2].Value, null);
        }
        int end = tokens.Count;
        while (end > start && tokens[end - 1].IsCell) end--;
        var name = end > start ? RowLabels.Clean(string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Text))) : null;
        var cells = tokens.Skip(end).ToList();
        var numbers = cells.Where(t => t.IsAmount).Select(t => t.Amount!.Value).ToList();
        var (level, role) = RowLabels.Classify(code, name);
        return new DraftRow(null, code, name, level, role, numbers, line.Number, line.Number, line.Raw.Trim())
        {
            Cells = cells.Any(t => t.IsBlankCell) ? cells.Select(t => t.Amount).ToList() : null,
        };
    }

    /// <summary>True when a line starts a row: a code, or amounts after its label.</summary>
    public static bool LooksLikeRow(SourceLine line)
    {
        var tokens = SpacedToken.Split(line.Raw);
        if (tokens.Count == 0) return false;
        if (tokens.Any(t => t.IsAmount)) return true;
        return (tokens.Count > 1 && AmountParser.IsCode(tokens[0].Text)) || GluedCode().IsMatch(tokens[0].Text);
    }

    /// <summary>A note under a table (注：…, 备注：…, 说明：…).</summary>
    public static bool IsNote(SourceLine line)
    {
        var t = line.Normalized.TrimStart();
        return t.StartsWith("注", StringComparison.Ordinal) || t.StartsWith("备注", StringComparison.Ordinal) || t.StartsWith("说明", StringComparison.Ordinal)
            || t.StartsWith("本表", StringComparison.Ordinal);
    }

    /// <summary>A line that is nothing but a grand-total label (合计, 合  计).</summary>
    public static bool IsBareTotal(SourceLine line) => RowLabels.IsTotal(line.Normalized) && RowLabels.Compact(line.Normalized).Length <= 6;
}
