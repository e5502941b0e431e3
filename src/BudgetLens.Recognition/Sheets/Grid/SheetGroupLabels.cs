namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>Row-group labels of a sheet's field part that name no field themselves (资金情况 over the money rows).</summary>
internal static class SheetGroupLabels
{
    private static readonly string[] Words = ["资金情况", "项目资金", "资金来源", "资金投入情况", "资金构成", "预算资金", "项目资金情况", "年度资金情况"];

    public static bool IsGroupLabel(string cell)
    {
        var k = GridCellText.Key(cell).TrimEnd(':', '：');
        if (k.EndsWith("(万元)", StringComparison.Ordinal)) k = k[..^4];
        else if (k.EndsWith("(元)", StringComparison.Ordinal)) k = k[..^3];
        return Words.Contains(k);
    }
}
