namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>The header words of indicator tables (一级指标, 三级指标, 指标值, 备注（指标解释等）…) and the column role each names.</summary>
internal static class IndicatorHeaderWords
{
    /// <summary>The role a header cell names, or <see cref="IndicatorColumnRole.None"/>.</summary>
    public static IndicatorColumnRole RoleOf(string cell)
    {
        var k = GridCellText.Key(cell);
        if (k.Length == 0) return IndicatorColumnRole.None;
        if (k.Contains("评分", StringComparison.Ordinal) || k.StartsWith("指标值说明", StringComparison.Ordinal)) return IndicatorColumnRole.Scoring;
        if (k.Contains("实施周期", StringComparison.Ordinal)) return IndicatorColumnRole.Period;
        if (k.Contains("权重", StringComparison.Ordinal) || k is "分值" or "指标分值") return IndicatorColumnRole.Weight;
        if (k.StartsWith("备注", StringComparison.Ordinal) || k.StartsWith("说明", StringComparison.Ordinal) || k.StartsWith("指标解释", StringComparison.Ordinal)) return IndicatorColumnRole.Note;
        if (k.StartsWith("一级指标", StringComparison.Ordinal)) return IndicatorColumnRole.Level1;
        if (k.StartsWith("二级指标", StringComparison.Ordinal)) return IndicatorColumnRole.Level2;
        if (k.StartsWith("三级指标", StringComparison.Ordinal) || k is "指标名称" or "指标内容") return IndicatorColumnRole.Name;
        if (k.Contains("指标值", StringComparison.Ordinal) || k.Contains("目标值", StringComparison.Ordinal)) return IndicatorColumnRole.Value;
        if (k is "绩效指标" or "年度绩效指标" or "绩效目标指标") return IndicatorColumnRole.Group;
        return IndicatorColumnRole.None;
    }

    /// <summary>Words of a second header row that splits the value column (符号 / 值 / 计量单位).</summary>
    public static bool IsValuePartWord(string cell) => GridCellText.Key(cell) is "符号" or "值" or "计量单位" or "单位" or "度量单位" or "性质" or "指标性质" or "指标值" or "年度指标值";

    public static bool IsPeriodPartWord(string cell) => GridCellText.Key(cell).Contains("实施周期", StringComparison.Ordinal);
}
