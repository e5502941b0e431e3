using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// Reads one line of a two-sided summary (income ∥ expenditure on one line) into its income and expenditure rows:
/// label, amounts, label, amounts — either side may be blank, and a lone label goes to the side its words name
/// (…支出, 结转下年 → expenditure; …收入, …拨款, 上年结转 → income).
/// </summary>
public static class SpacedSummaryRowParser
{
    private sealed record Segment(List<string> Labels, List<decimal> Numbers)
    {
        /// <summary>Dashes printed in blank cells: they end a label like amounts do.</summary>
        public int Blanks { get; set; }

        public bool HasCells => Numbers.Count > 0 || Blanks > 0;
    }

    public static List<DraftRow> Parse(SourceLine line)
    {
        var segments = new List<Segment>();
        foreach (var token in SpacedToken.Split(line.Raw))
        {
            if (token.IsCell)
            {
                if (segments.Count == 0) segments.Add(new Segment([], []));
                if (token.IsAmount) segments[^1].Numbers.Add(token.Amount!.Value);
                else segments[^1].Blanks++;
            }
            else if (segments.Count == 0 || segments[^1].HasCells) segments.Add(new Segment([token.Text], []));
            else segments[^1].Labels.Add(token.Text);
        }
        if (segments.Count == 1 && segments[0].Labels.Count > 1 && !IsSpreadLabel(segments[0].Labels))
        {
            var only = segments[0];
            segments = [new Segment([only.Labels[0]], []), new Segment(only.Labels.Skip(1).ToList(), only.Numbers)];
        }
        var rows = new List<DraftRow>();
        for (int i = 0; i < segments.Count; i++)
        {
            var name = segments[i].Labels.Count > 0 ? RowLabels.Clean(string.Join(' ', segments[i].Labels)) : null;
            string side = segments.Count == 1 ? SideOf(name) : i == 0 ? RowSides.Income : i == 1 ? RowSides.Expenditure : RowSides.ExpenditureUse;
            rows.Add(new DraftRow(side, null, name, 0, RowRoles.Item, segments[i].Numbers, line.Number, line.Number, line.Raw.Trim()));
        }
        return rows;
    }

    /// <summary>Pieces of one label spread by the converter (合  计).</summary>
    private static bool IsSpreadLabel(List<string> labels) => labels.All(l => l.Length <= 2);

    public static string SideOf(string? name)
    {
        if (name is null) return RowSides.Income;
        var t = RowLabels.Compact(name);
        return t.Contains("支出", StringComparison.Ordinal) || t.Contains("结转下年", StringComparison.Ordinal) || t.Contains("年末结转", StringComparison.Ordinal)
            ? RowSides.Expenditure : RowSides.Income;
    }

    /// <summary>
    /// Levels and roles once all rows of a side are known: totals 0; 一、 items 1 (subtotal when parts follow them);
    /// parts under a 一、 item 2, except expenditure-by-function rows, which are 1.
    /// </summary>
    public static List<DraftRow> Classify(IReadOnlyList<DraftRow> sideRows)
    {
        var result = new List<DraftRow>(sideRows.Count);
        bool underOrdinal = false;
        for (int i = 0; i < sideRows.Count; i++)
        {
            var r = sideRows[i];
            if (RowLabels.IsTotal(r.Name)) { result.Add(r with { Level = 0, Role = RowRoles.Total }); underOrdinal = false; continue; }
            if (r.Name is not null && RowLabels.HasTopOrdinal(r.Name))
            {
                bool hasParts = i + 1 < sideRows.Count && !sideRows[i + 1].IsOrdinal && !RowLabels.IsTotal(sideRows[i + 1].Name);
                result.Add(r with { Level = 1, Role = hasParts ? RowRoles.Subtotal : RowRoles.Item });
                underOrdinal = true;
                continue;
            }
            int? ordinal = r.Name is null ? null : RowLabels.OrdinalLevel(r.Name);
            int level = ordinal ?? (underOrdinal && !IsFunctionRow(r) ? 2 : 1);
            result.Add(r with { Level = level, Role = RowLabels.IsSubtotal(r.Name) ? RowRoles.Subtotal : RowRoles.Item });
        }
        return result;
    }

    private static bool IsFunctionRow(DraftRow r) => r.Side != RowSides.Income && r.Name is not null && RowLabels.Compact(r.Name).EndsWith("支出", StringComparison.Ordinal);
}
