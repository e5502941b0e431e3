using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>The one way every SUM rule compares a printed total with the sum of its printed parts, and words the finding.</summary>
public static class SumFindings
{
    /// <summary>A finding when the total differs from the sum of the parts beyond the half units of all figures; else null.</summary>
    public static Finding? Compare(IRule rule, Figure total, IReadOnlyList<Figure> parts, string partsZh, string partsEn)
    {
        if (parts.Count == 0) return null;
        decimal sum = parts.Sum(p => p.Amount);
        if (Math.Abs(total.Amount - sum) <= total.HalfUnit + parts.Sum(p => p.HalfUnit)) return null;
        string column = total.Column is null ? "" : " " + ColumnNames.Zh(total.Column);
        string columnEn = total.Column is null ? "" : " " + ColumnNames.En(total.Column);
        string where = total.Table is null ? "" : total.Table + "：";
        string whereEn = total.Table is null ? "" : total.Table + ": ";
        return new Finding
        {
            Rule = rule.Id,
            Severity = rule.Severity,
            Message = $"{where}{total.Label}{column} {Amounts.Show(total.Value)} ≠ {partsZh} {Amounts.Show(sum)}（Δ {Amounts.Delta(total.Amount, sum)}）",
            MessageEn = $"{whereEn}{total.Label}{columnEn} {Amounts.Show(total.Value)} ≠ {partsEn} {Amounts.Show(sum)} (Δ {Amounts.Delta(total.Amount, sum)})",
            Locations = [total.ToLocation(), .. parts.Select(p => p.ToLocation())],
            Expected = sum,
            Actual = total.Amount,
        };
    }

    /// <summary>The parts' names joined with +, for messages ("基本支出 + 项目支出").</summary>
    public static string Join(IEnumerable<string> keys, bool english) =>
        string.Join(" + ", keys.Select(k => english ? ColumnNames.En(k) : ColumnNames.Zh(k)));
}
