namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>
/// The column layout of an indicator table, from its header row (and the optional second header row that splits
/// 指标值 into 符号 / 值 / 计量单位). Each labelled header cell spans the blank header cells to its right.
/// </summary>
public sealed class IndicatorColumns
{
    private readonly IndicatorColumnRole[] _roles;

    private IndicatorColumns(IndicatorColumnRole[] roles) => _roles = roles;

    public int Level1 => First(IndicatorColumnRole.Level1);
    public int Level2 => First(IndicatorColumnRole.Level2);
    public int Name => First(IndicatorColumnRole.Name);
    public int Width => _roles.Length;

    public IndicatorColumnRole RoleAt(int column) => column >= 0 && column < _roles.Length ? _roles[column] : IndicatorColumnRole.None;

    public IReadOnlyList<int> ColumnsOf(IndicatorColumnRole role) => Enumerable.Range(0, _roles.Length).Where(i => _roles[i] == role).ToList();

    private int First(IndicatorColumnRole role) => Array.IndexOf(_roles, role);

    /// <summary>The layout a header row gives, or null when the row is not an indicator header (it needs 一级指标 and 三级指标 or 指标值).</summary>
    public static IndicatorColumns? FromHeader(GridRow row)
    {
        var roles = new IndicatorColumnRole[row.Count];
        var current = IndicatorColumnRole.None;
        for (int c = 0; c < row.Count; c++)
        {
            var role = IndicatorHeaderWords.RoleOf(row[c]);
            if (role != IndicatorColumnRole.None || !row.IsBlank(c)) current = role;
            roles[c] = current;
        }
        bool isHeader = roles.Contains(IndicatorColumnRole.Level1)
            && (roles.Contains(IndicatorColumnRole.Name) || roles.Contains(IndicatorColumnRole.Value));
        return isHeader ? new IndicatorColumns(roles) : null;
    }

    /// <summary>
    /// True when a row is a second header row (符号 / 值 / 计量单位, 年度指标值 / 实施周期指标值); refines the split of
    /// the value columns by it.
    /// </summary>
    public bool TryRefine(GridRow row)
    {
        bool any = false;
        for (int c = 0; c < row.Count; c++)
        {
            if (row.IsBlank(c)) continue;
            if (!IndicatorHeaderWords.IsValuePartWord(row[c]) && !IndicatorHeaderWords.IsPeriodPartWord(row[c])) return false;
            any = true;
        }
        if (!any) return false;
        IndicatorColumnRole? part = null;
        for (int c = 0; c < _roles.Length; c++)
        {
            if (_roles[c] is not (IndicatorColumnRole.Value or IndicatorColumnRole.Period)) { part = null; continue; }
            if (!row.IsBlank(c)) part = IndicatorHeaderWords.IsPeriodPartWord(row[c]) ? IndicatorColumnRole.Period : IndicatorColumnRole.Value;
            if (part is { } p) _roles[c] = p;
        }
        return true;
    }
}
