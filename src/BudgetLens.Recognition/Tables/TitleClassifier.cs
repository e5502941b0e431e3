using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tables;

/// <summary>
/// Tells from a line whether it is the title of a budget table or target sheet, and of which kind, by the words
/// titles are made of (收支总表, 基本支出, “三公”, 绩效目标表 …), not by any one document's wording.
/// </summary>
public static class TitleClassifier
{
    public const int MaxTitleLength = 80;

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create("。，；,;《》");

    /// <summary>The kind a title names, or null when the line is not a title.</summary>
    public static string? Classify(string line)
    {
        var t = TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(line)).Trim('|', '#', '*');
        if (t.Length is < 3 or > MaxTitleLength) return null;
        if (t.AsSpan().IndexOfAny(SentencePunctuation) >= 0) return null;
        if (t.StartsWith('-') || t.StartsWith("注", StringComparison.Ordinal) || t.StartsWith("备注", StringComparison.Ordinal) || t.StartsWith("说明", StringComparison.Ordinal)) return null;
        if (!EndsLikeTitle(t)) return null;
        if (IsPartHeading(t)) return null;
        if (Pipeline.LayoutMarker.IsLabel(t)) return null;
        return KindOf(t);
    }

    /// <summary>A narrative part heading (第二部分 2023年部门预算表) names a part of the document, not a table.</summary>
    private static bool IsPartHeading(string t) =>
        t.StartsWith('第') && t.IndexOf("部分", StringComparison.Ordinal) is > 1 and <= 6;

    private static bool EndsLikeTitle(string t)
    {
        var core = StripTrailingBrackets(t);
        return core.EndsWith('表') || core.EndsWith("明细", StringComparison.Ordinal);
    }

    private static string StripTrailingBrackets(string t)
    {
        while (t.Length > 0 && t[^1] is ')' or '）')
        {
            int open = Math.Max(t.LastIndexOf('('), t.LastIndexOf('（'));
            if (open <= 0) break;
            t = t[..open];
        }
        return t;
    }

    /// <summary>The kind named by a title's words (the title already looks like one).</summary>
    public static string KindOf(string t)
    {
        if (t.Contains("绩效目标", StringComparison.Ordinal) || t.Contains("绩效信息表", StringComparison.Ordinal) || t.Contains("绩效指标表", StringComparison.Ordinal))
            return t.Contains("整体", StringComparison.Ordinal) ? TableKinds.DepartmentTargets : TableKinds.ProjectTargets;
        if (t.Contains("三公", StringComparison.Ordinal)) return TableKinds.ThreePublicExpenses;
        if (t.Contains("机关运行经费", StringComparison.Ordinal)) return TableKinds.OfficeOperationExpenses;
        if (t.Contains("政府采购", StringComparison.Ordinal)) return TableKinds.GovernmentProcurement;
        if (t.Contains("财政拨款收支", StringComparison.Ordinal)) return TableKinds.FiscalAllocationSummary;
        if (t.Contains("收支", StringComparison.Ordinal)) return TableKinds.IncomeExpenditureSummary;
        if (t.Contains("收入", StringComparison.Ordinal)) return TableKinds.IncomeSummary;
        if (t.Contains("政府性基金", StringComparison.Ordinal)) return TableKinds.GovernmentFundExpenditure;
        if (t.Contains("国有资本经营", StringComparison.Ordinal)) return TableKinds.StateCapitalExpenditure;
        bool basic = t.Contains("基本支出", StringComparison.Ordinal);
        if (t.Contains("一般公共预算", StringComparison.Ordinal))
            return basic ? TableKinds.GeneralBudgetBasicExpenditure : TableKinds.GeneralBudgetExpenditure;
        if (t.Contains("财政拨款", StringComparison.Ordinal))
            return basic ? TableKinds.FiscalAllocationBasicExpenditure : TableKinds.FiscalAllocationExpenditure;
        if (t.Contains("支出总表", StringComparison.Ordinal) || t.Contains("支出预算总表", StringComparison.Ordinal)) return TableKinds.ExpenditureSummary;
        return TableKinds.Other;
    }
}
