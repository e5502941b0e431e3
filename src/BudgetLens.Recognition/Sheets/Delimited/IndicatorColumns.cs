using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Tables.Delimited;

namespace BudgetLens.Recognition.Sheets.Delimited;

/// <summary>The columns of an indicator header row (一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 …), found by their words.</summary>
public sealed record IndicatorColumns(int Level1, int Level2, int Name, int Value, int Period, int Weight, int Note, int Scoring)
{
    public int LastColumn => new[] { Level1, Level2, Name, Value, Period, Weight, Note, Scoring }.Max();

    /// <summary>The columns of a header row, or null when the row is not an indicator header.</summary>
    public static IndicatorColumns? Parse(CellRow row)
    {
        int l1 = -1, l2 = -1, name = -1, value = -1, period = -1, weight = -1, note = -1, scoring = -1;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(row[c]));
            if (t.Length == 0) continue;
            if (t == "一级指标") l1 = c;
            else if (t == "二级指标") l2 = c;
            else if (t is "三级指标" or "指标名称" or "指标内容") name = c;
            else if (t.Contains("实施周期")) period = c;
            else if (t.Contains("评分")) scoring = c;
            else if (t.Contains("指标值") || t.Contains("目标值")) value = value < 0 || t.Contains("年度") ? c : value;
            else if (t is "权重" or "分值" || t.StartsWith("权重", StringComparison.Ordinal)) weight = c;
            else if (t is "备注" or "说明" or "指标解释" or "指标说明") note = c;
        }
        if (l1 < 0 || name < 0 || value < 0) return null;
        return new IndicatorColumns(l1, l2, name, value, period, weight, note, scoring);
    }
}
