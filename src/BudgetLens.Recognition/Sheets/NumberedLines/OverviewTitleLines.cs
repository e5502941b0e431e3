using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// The lines between an overview's title and its column header: <c>单位名称：X</c> (the issuer) and <c>单位：万元</c>
/// (the unit), possibly on one line. Read (and consumed) the same way whether the overview is printed as text or as cells.
/// </summary>
public static partial class OverviewTitleLines
{
    [GeneratedRegex(@"^(?:单位名称|填报单位|编制单位|预算单位|部门名称)\s*[:：]\s*(?<name>[^\s:：]+?)(?:\s|单位\s*[:：]|$)")]
    private static partial Regex IssuerPattern();

    public static (MoneyUnit? Unit, string? Issuer) Read(ExtractionContext context, int titleLine, int headerLine)
    {
        MoneyUnit? unit = null;
        string? issuer = null;
        for (int n = titleLine + 1; n < headerLine; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank) continue;
            var text = line.Normalized.Trim();
            var declared = LayoutMarker.UnitDeclared(text);
            var m = IssuerPattern().Match(text);
            if (m.Success) issuer = line.Raw.Trim().Substring(m.Groups["name"].Index, m.Groups["name"].Length);
            unit ??= declared;
            if (declared is not null || m.Success) context.Consume(n);
        }
        return (unit, issuer);
    }
}
