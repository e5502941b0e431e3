using System.Text.RegularExpressions;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>Marks the lines every layout shares as layout: attachment labels (附件4-2, 部门公开表1, 表十二), page numbers (- 3 -, ─ 3 ─), 单位：万元 lines.</summary>
public static partial class LayoutMarker
{
    // an attachment number is printed in digits or in Chinese numerals (表一 … 表十二, 公开表一, 部门公开表十二, 附件三)
    [GeneratedRegex(@"^(?:附件\s*(?:\d+|[一二三四五六七八九十]+)(?:\s*[-－—]\s*\d+)?|(?:部门)?公开表\s*(?:\d+|[一二三四五六七八九十]+)|(?:部门)?公开\s*\d+(?:\s*[-－—]\s*\d+)?\s*表|表\s*(?:\d+|[一二三四五六七八九十]+)(?:\s*[-－—]\s*\d+)?|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-－—–─]?\s*\d{1,3}\s*[-－—–─]?|\d+\s*/\s*\d+)$")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?:金额)?单位\s*[:：]\s*(?:万元|元)$")]
    private static partial Regex UnitPattern();

    public static void Mark(ExtractionContext context)
    {
        foreach (var line in context.Lines)
        {
            if (line.IsBlank) continue;
            if (line.Origin?.PageFurniture == true) { context.Layout(line.Number); continue; }
            var t = line.Normalized.Trim();
            if (LabelPattern().IsMatch(t) || UnitPattern().IsMatch(t)) context.Layout(line.Number);
        }
    }

    /// <summary>True for an attachment label or page number line (附件4-2, 公开01表, 公开表一, - 3 -), which is never a title.</summary>
    public static bool IsLabel(string normalizedLine) => LabelPattern().IsMatch(normalizedLine.Trim());

    /// <summary>The unit a line declares (单位：万元, 金额单位：元), or null.</summary>
    public static Model.MoneyUnit? UnitDeclared(string normalizedLine)
    {
        // the first match, as Regex.Match finds it; its unit is 万元 when the match ends in 万元 (the separators before
        // the unit are white space and colons, so a match ending in 万元 captured 万元)
        foreach (var m in DeclaredUnitPattern().EnumerateMatches(normalizedLine))
            return m.Length >= 2 && normalizedLine[m.Index + m.Length - 2] == '万' ? Model.MoneyUnit.TenThousandYuan : Model.MoneyUnit.Yuan;
        return null;
    }

    [GeneratedRegex(@"单位\s*[:：]\s*(万元|元)")]
    private static partial Regex DeclaredUnitPattern();
}
