using BudgetLens.Model;
using BudgetLens.Recognition.Tables.Columns;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>What a column of a budget table holds: the row's code, a unit's own code, the row's label, or an amount under a contract key.</summary>
public enum ColumnRole { None, Code, UnitCode, Name, Value }

/// <summary>
/// What one column of explicit header cells holds: its leaf label (and the merged labels above it) names a code or
/// label column, else an amount whose key comes from the shared <see cref="ColumnVocabulary"/>. Matching is by
/// words, so column order is free.
/// </summary>
public sealed record ColumnMeaning(ColumnRole Role, string? Key = null)
{
    public static ColumnMeaning None { get; } = new(ColumnRole.None);

    public static ColumnMeaning Of(string kind, string leaf, string parent, bool expenditureSide = false)
    {
        if (leaf.Length == 0) return None;
        if (IsUnitCode(leaf)) return new(ColumnRole.UnitCode);
        if (leaf.Contains("编码") || leaf.Contains("代码")) return new(ColumnRole.Code);
        if (IsLabelColumn(leaf)) return new(ColumnRole.Name);
        var key = ColumnVocabulary.KeyOf(kind, leaf, parent, expenditureSide ? RowSides.Expenditure : RowSides.Income);
        return key is null ? None : new(ColumnRole.Value, key);
    }

    private static bool IsUnitCode(string leaf) =>
        (leaf.StartsWith("部门") || leaf.StartsWith("单位")) && (leaf.Contains("编码") || leaf.Contains("代码"));

    private static bool IsLabelColumn(string leaf) =>
        leaf.Contains("名称") || leaf.StartsWith("项目") && !leaf.Contains("项目支出") || leaf.EndsWith("科目") || leaf == "科目";
}
