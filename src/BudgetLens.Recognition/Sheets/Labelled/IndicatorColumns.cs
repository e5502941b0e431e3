using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// The columns an indicator header announces (一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重): which of the
/// separate 性质/符号, 单位 and 权重/分值 cells the rows carry.
/// </summary>
public sealed record IndicatorColumns(bool HasNature, bool HasUnit, bool HasWeight)
{
    /// <summary>True for an indicator header line: it names 一级指标 and 二级 or 三级指标.</summary>
    public static bool IsHeader(string line)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(line));
        return t.Contains("一级指标", StringComparison.Ordinal)
            && (t.Contains("二级指标", StringComparison.Ordinal) || t.Contains("三级指标", StringComparison.Ordinal));
    }

    public static IndicatorColumns FromHeader(string line)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(line));
        return new IndicatorColumns(
            HasNature: t.Contains("性质", StringComparison.Ordinal) || t.Contains("符号", StringComparison.Ordinal),
            HasUnit: t.Contains("单位", StringComparison.Ordinal),
            HasWeight: t.Contains("权重", StringComparison.Ordinal) || t.Contains("分值", StringComparison.Ordinal));
    }
}
