namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>A label cell of a sheet's field part: a field (项目名称, 主管部门 …) or a money line (年度资金总额 …), as printed.</summary>
internal sealed record GridLabel(string Printed, SheetFieldLabels.Field? Field, string? FundKey)
{
    public static GridLabel? Of(string cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return null;
        if (SheetFieldLabels.Of(cell) is { } field) return new GridLabel(cell.Trim(), field, null);
        if (SheetFieldLabels.FundKeyOf(cell) is { } key) return new GridLabel(cell.Trim(), null, key);
        return null;
    }
}
