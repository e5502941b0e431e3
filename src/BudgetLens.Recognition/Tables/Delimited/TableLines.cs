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

    public string? Issuer { get; private set; }
    public MoneyUnit? Unit { get; private set; }

    /// <summary>Reads a non-cell line of the block; false when it is none of these lines.</summary>
    public bool TryRead(SourceLine line, ExtractionContext context)
    {
        var t = line.Normalized.Trim();
        var unit = LayoutMarker.UnitDeclared(t);
        var issuer = IssuerPattern().Match(t);
        if (issuer.Success)
        {
            Issuer ??= RawSlice(line, issuer.Groups["name"].Value.Trim());
            if (unit is not null) Unit ??= unit;
            context.Consume(line.Number);
            return true;
        }
        if (unit is not null && t.Length <= 20)
        {
            Unit ??= unit;
            context.Layout(line.Number);
            return true;
        }
        if (IsNote(t) || YearLinePattern().IsMatch(t))
        {
            context.Layout(line.Number);
            return true;
        }
        return context.UseOf(line.Number) != LineUse.None;
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
