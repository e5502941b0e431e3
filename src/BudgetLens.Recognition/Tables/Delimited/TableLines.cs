using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// The lines of a table block around its cells: the 填报单位/编制单位 line (the table's issuer), the 单位：万元 line,
/// notes (注：…), a year line such as （2023年度）. Reads what they declare and marks them.
/// </summary>
public sealed partial class TableLines
{
    [GeneratedRegex(@"^(?:填报单位|编制单位|编制部门|单位名称|预算单位|部门名称|部门)\s*[:：]\s*(?<name>.+?)(?:\s+(?:金额)?单位\s*[:：].*)?$")]
    private static partial Regex IssuerPattern();

    [GeneratedRegex(@"^[(（]\s*\d{4}\s*年度?\s*[)）]$")]
    private static partial Regex YearLinePattern();

    [GeneratedRegex(@"^[(（][^()（）]*[\p{IsCJKUnifiedIdeographs}][^()（）]*[)）]$")]
    private static partial Regex BracketedRemark();

    [GeneratedRegex(@"^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）]|[(（][一二三四五六七八九十]{1,3}[)）])")]
    private static partial Regex EnumeratedItem();

    public string? Issuer { get; private set; }
    public MoneyUnit? Unit { get; private set; }

    /// <summary>The issuer line while its name may still continue on a wrapped line (no cell row read since).</summary>
    private SourceLine? _issuerLine;
    /// <summary>The last line read as (part of) a note.</summary>
    private SourceLine? _noteLine;

    /// <summary>A cell row was read: the issuer cell can no longer continue.</summary>
    public void CellRowRead() => _issuerLine = null;

    /// <summary>Reads a non-cell line of the block; false when it is none of these lines.</summary>
    public bool TryRead(SourceLine line, ExtractionContext context)
    {
        var t = line.Normalized.Trim();
        var unit = LayoutMarker.UnitDeclared(t);
        var issuer = IssuerPattern().Match(t);
        if (issuer.Success)
        {
            if (Issuer is null)
            {
                Issuer = RawSlice(line, issuer.Groups["name"].Value.Trim());
                _issuerLine = unit is null ? line : null;
            }
            if (unit is not null) Unit ??= unit;
            context.Consume(line.Number);
            return true;
        }
        if (_issuerLine is not null && ContinuesIssuer(_issuerLine, line, t))
        {
            Issuer += line.Raw.Trim();
            _issuerLine = null;
            context.Consume(line.Number);
            return true;
        }
        if (unit is not null && t.Length <= 20)
        {
            Unit ??= unit;
            context.Layout(line.Number);
            return true;
        }
        if (IsNote(t) || (_noteLine is not null && ContinuesNote(_noteLine, line, t)))
        {
            _noteLine = line;
            context.Layout(line.Number);
            return true;
        }
        if (YearLinePattern().IsMatch(t))
        {
            context.Layout(line.Number);
            return true;
        }
        return context.UseOf(line.Number) != LineUse.None;
    }

    /// <summary>
    /// The issuer's cell wrapped: the next line or the one after (a unit line printed between), short, no colon,
    /// printed below the issuer line and starting where it starts (the cell's left edge). Only with printed boxes.
    /// </summary>
    private static bool ContinuesIssuer(SourceLine issuer, SourceLine line, string t)
    {
        if (line.Number > issuer.Number + 2 || t.Length == 0 || t.Length > 20 || t.Contains(':') || t.Contains('：')
            || t.Any(char.IsDigit) || LayoutMarker.UnitDeclared(t) is not null) return false;
        if (issuer.Origin?.Box is not [var ix0, var iy0, _, _] || line.Origin?.Box is not [var x0, _, _, var y1]) return false;
        if (issuer.Origin.Page != line.Origin.Page) return false;
        double em = (double)(issuer.Origin.Box[3] - iy0);
        return Math.Abs((double)(x0 - ix0)) <= 0.5 * em && y1 <= iy0 + 0.5m * (decimal)em && (double)(iy0 - y1) <= 2 * em;
    }

    /// <summary>
    /// A note goes on: the line right after a note line (a page number between allowed), either its next enumerated
    /// item (2.…) or, with printed boxes, a line wrapped under it (no farther below than a line and a half, not left of it).
    /// </summary>
    private static bool ContinuesNote(SourceLine note, SourceLine line, string t)
    {
        if (line.Number != note.Number + 1 || t.Length == 0) return false;
        if (EnumeratedItem().IsMatch(t)) return true;
        if (note.Origin?.Box is not [var nx0, var ny0, _, var ny1] || line.Origin?.Box is not [var x0, _, _, var y1]) return false;
        if (note.Origin.Page != line.Origin.Page) return false;
        decimal height = ny1 - ny0;
        return x0 >= nx0 - height && y1 <= ny0 + 0.5m * height && ny0 - y1 <= 1.5m * height;
    }

    /// <summary>A note: 注：…, 备注…, 说明：…, or a remark wholly in brackets such as （无政府性基金支出） under an empty table.</summary>
    public static bool IsNote(string normalized) =>
        BracketedRemark().IsMatch(normalized)
        || normalized.StartsWith("注", StringComparison.Ordinal) && normalized.Length > 1 && normalized[1] is ':' or '：' or '1' or '１' or ' '
        || normalized.StartsWith("备注", StringComparison.Ordinal) || normalized.StartsWith("说明：", StringComparison.Ordinal)
        || normalized.StartsWith("说明:", StringComparison.Ordinal);

    private static string RawSlice(SourceLine line, string normalizedPiece)
    {
        int at = line.Normalized.IndexOf(normalizedPiece, StringComparison.Ordinal);
        return at >= 0 ? line.Raw.Substring(at, normalizedPiece.Length) : normalizedPiece;
    }
}
