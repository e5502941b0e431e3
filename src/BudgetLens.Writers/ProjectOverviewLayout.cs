using BudgetLens.Model;

namespace BudgetLens.Writers;

/// <summary>
/// The 项目支出绩效目标表（含转移支付项目） overview as departments publish it in Excel, Word and on the web: one table with
/// the columns <c>项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标</c>; a row for 合计, one
/// for each 资金使用单位, and one per project whose 绩效目标 cell holds the goal and whose 绩效指标 cell holds the numbered
/// indicators, one per line (<c>1、1-产出指标；11-数量指标；名称；实施周期指标值:X；年度指标值:Y。</c>).
/// </summary>
public static class ProjectOverviewLayout
{
    private static readonly (string Key, string Label)[] AmountColumns =
        [("total", "总计"), ("fiscal", "财政拨款"), ("fiscalSpecialAccount", "财政专户拨款"), ("other", "其他资金")];

    /// <summary>
    /// The overview part for a project-summary table whose project rows have sheets among <paramref name="projects"/>
    /// (matched by name, in order); null when the table is not such an overview. The sheets used are removed from the list.
    /// </summary>
    public static LayoutPart? TryBuild(Table t, List<TargetSheet> projects, int n)
    {
        if (t.Kind != "project-summary") return null;
        var keys = t.Rows.SelectMany(r => r.Values.Keys).Distinct().ToList();
        if (keys.Count == 0 || keys.Any(k => AmountColumns.All(c => c.Key != k))) return null;
        var sheets = new TargetSheet?[t.Rows.Count];
        int from = 0;
        for (int i = 0; i < t.Rows.Count; i++)
        {
            if (t.Rows[i].Role != RowRoles.Item) continue;
            int at = projects.FindIndex(from, p => p.Name == t.Rows[i].Name);
            if (at < 0) continue;
            sheets[i] = projects[at];
            from = at + 1;
        }
        if (sheets.All(s => s is null)) return null;
        foreach (var s in sheets) if (s is not null) projects.Remove(s);

        var columns = AmountColumns.Where(c => keys.Contains(c.Key)).ToList();
        var header = new List<LayoutCell?> { H("项目名称（资金使用单位）") };
        header.AddRange(columns.Select(c => H(c.Label)));
        header.Add(H("绩效目标"));
        header.Add(H("绩效指标"));
        var rows = new List<IReadOnlyList<LayoutCell?>> { header };
        for (int i = 0; i < t.Rows.Count; i++)
        {
            var r = t.Rows[i];
            var cells = new List<LayoutCell?> { new(r.Name ?? "") };
            cells.AddRange(columns.Select(c => LayoutBuilder.Amount(r.Values.TryGetValue(c.Key, out var v) ? v : null)));
            cells.Add(new LayoutCell(sheets[i]?.Goal ?? ""));
            cells.Add(new LayoutCell(sheets[i] is { } s ? Indicators(s.Indicators) : ""));
            rows.Add(cells);
        }
        var before = new List<string> { t.Title ?? "项目支出绩效目标表" };
        if (t.Issuer is not null) before.Add($"单位名称：{t.Issuer}");
        if (t.Unit is MoneyUnit u) before.Add($"单位：{u.ToChinese()}");
        return new LayoutPart($"表{n}", before, rows);
    }

    /// <summary>The numbered indicator lines of a 绩效指标 cell, one per line.</summary>
    public static string Indicators(IReadOnlyList<Indicator> indicators) =>
        string.Join("\n", indicators.Select((x, i) => Indicator(i + 1, x)));

    public static string Indicator(int number, Indicator x)
    {
        var fields = new List<string> { x.Level1Raw ?? x.Level1 ?? "", x.Level2Raw ?? x.Level2 ?? "", x.Name ?? "" };
        if (x.PeriodText is not null) fields.Add("实施周期指标值:" + x.PeriodText);
        if (x.Text is not null) fields.Add((x.PeriodText is not null ? "年度指标值:" : "") + x.Text);
        return $"{number}、{string.Join("；", fields)}。";
    }

    private static LayoutCell H(string text) => new(text, Header: true);
}
