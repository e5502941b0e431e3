using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Sheets;

/// <summary>The labels of a target sheet's fields, as printed in the many layouts (项目名称, 二级项目名称, 主管部门 …).</summary>
public static class SheetFieldLabels
{
    public enum Field { Name, Code, Category, Department, Implementer, Contact, Phone, Goal, Overview, Basis, Schedule }

    /// <summary>Longest first, so that 二级项目名称 is tried before 项目名称.</summary>
    private static readonly (string Label, Field Field)[] Labels =
    [
        ("二级项目名称", Field.Name), ("一级项目名称", Field.Category), ("项目名称", Field.Name), ("项目编码", Field.Code), ("项目代码", Field.Code),
        ("项目类型", Field.Category), ("项目类别", Field.Category), ("项目属性", Field.Category),
        ("主管部门", Field.Department), ("预算部门", Field.Department), ("部门名称", Field.Department),
        ("实施单位", Field.Implementer), ("申报单位", Field.Implementer), ("项目单位", Field.Implementer),
        ("联系人", Field.Contact), ("联系电话", Field.Phone),
        ("年度总体目标", Field.Goal), ("当年整体绩效目标", Field.Goal), ("整体绩效目标", Field.Goal), ("年度绩效目标", Field.Goal), ("年度目标", Field.Goal), ("绩效目标", Field.Goal), ("总体目标", Field.Goal),
        ("项目概况", Field.Overview), ("立项依据", Field.Basis), ("当年实施进度计划", Field.Schedule), ("实施进度计划", Field.Schedule),
    ];

    /// <summary>The field a printed label names, or null (spaces and full-width forms ignored).</summary>
    public static Field? Of(string label)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(label)).TrimEnd(':', '：');
        foreach (var (l, f) in Labels)
            if (t == l) return f;
        return null;
    }

    /// <summary>The <c>funds</c> key a printed money label of a project sheet names (年度资金总额：, 其中：财政拨款, 非财政拨款（万元）), or null.</summary>
    public static string? FundKeyOf(string label) => SheetFundLabels.KeyOf(label, SheetFundLabels.SheetKind.Project);

    /// <summary>A label at the start of a text: the field and the rest of the text after it.</summary>
    public static (Field Field, string Label, string Remainder)? AtStart(string text)
    {
        var t = text.TrimStart();
        foreach (var (l, f) in Labels)
        {
            if (t.StartsWith(l, StringComparison.Ordinal)) return (f, l, t[l.Length..].TrimStart(':', '：', ' ', '\u00A0', '\u3000'));
        }
        return null;
    }
}
