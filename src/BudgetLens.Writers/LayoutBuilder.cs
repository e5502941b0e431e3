using System.Globalization;
using BudgetLens.Model;

namespace BudgetLens.Writers;

/// <summary>
/// Lays a document model out as departments publish it: a title line (issuer and year), the contents and narrative
/// sections as paragraphs, then per table its title, 单位名称 and 单位 lines, header row(s) and one row per table row
/// (code and name cells, one column per value key); per target sheet its label/value rows, money, goal and an indicator
/// table. Parts follow the order the model's locations give them.
/// </summary>
public static class LayoutBuilder
{
    public static PublishedLayout Build(BudgetDocument doc)
    {
        var parts = new List<(int Order, LayoutPart Part)>();
        var title = doc.Year is int y && doc.Issuer is not null ? $"{doc.Issuer}{y}年部门预算" : doc.Issuer ?? "";
        var narrative = Narrative(doc, doc.Year is not null ? title : null);
        if (narrative is not null) parts.Add((0, narrative));
        int n = 0;
        // a project-summary overview carries its projects' goals and indicators in its rows (ProjectOverviewLayout)
        var projects = doc.Projects.ToList();
        foreach (var t in doc.Tables)
        {
            n++;
            parts.Add((t.Location.Line ?? 0, ProjectOverviewLayout.TryBuild(t, projects, n) ?? TablePart(t, n)));
        }
        foreach (var s in doc.DepartmentTargets) parts.Add((s.Location.Line ?? 0, SheetPart(s, department: true, ++n)));
        foreach (var s in projects) parts.Add((s.Location.Line ?? 0, SheetPart(s, department: false, ++n)));
        var ordered = parts.OrderBy(p => p.Order).Select(p => p.Part).ToList();
        if (narrative is null && doc.Year is not null && ordered.Count > 0)
            ordered[0] = ordered[0] with { Before = [title, .. ordered[0].Before] };
        return new PublishedLayout(title, ordered);
    }

    // ---------------------------------------------------------------- narrative

    private static readonly string[] Chinese = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>一 … 九十九 (the ordinals of contents and headings).</summary>
    public static string Ordinal(int n)
    {
        if (n <= 10) return Chinese[n];
        if (n < 20) return "十" + Chinese[n % 10];
        return Chinese[n / 10] + "十" + (n % 10 == 0 ? "" : Chinese[n % 10]);
    }

    private static LayoutPart? Narrative(BudgetDocument doc, string? title)
    {
        if (doc.Toc.Count == 0 && doc.Sections.Count == 0) return null;
        var lines = new List<string>();
        if (title is not null) lines.Add(title);
        if (doc.Toc.Count > 0)
        {
            lines.Add("目录");
            int part = 0, item = 0;
            foreach (var e in doc.Toc)
            {
                // a contents line naming a table is printed in 《》, as published, so it is not taken for the table's title
                var name = e.Title.EndsWith('表') ? $"《{e.Title}》" : e.Title;
                if (e.Level == 1) { lines.Add($"第{Ordinal(++part)}部分 {name}"); item = 0; }
                else lines.Add($"{Ordinal(++item)}、{name}");
            }
        }
        foreach (var s in doc.Sections)
        {
            lines.Add(s.Heading);
            if (s.Text is { Length: > 0 } text) lines.AddRange(text.Split('\n'));
        }
        return new LayoutPart("说明", lines, []);
    }

    // ---------------------------------------------------------------- tables

    private static LayoutPart TablePart(Table t, int n)
    {
        var before = new List<string> { t.Title ?? "" };
        if (t.Issuer is not null) before.Add($"单位名称：{t.Issuer}");
        if (t.Unit is MoneyUnit u) before.Add($"单位：{u.ToChinese()}");
        var rows = t.Kind is "income-expenditure-summary" or "fiscal-allocation-summary" ? TwoSided(t) : SingleSided(t);
        return new LayoutPart($"表{n}", before, rows);
    }

    private static List<string> KeysOf(IEnumerable<TableRow> rows)
    {
        var keys = new List<string>();
        foreach (var r in rows)
            foreach (var k in r.Values.Keys)
                if (!keys.Contains(k)) keys.Add(k);
        return keys;
    }

    private static List<IReadOnlyList<LayoutCell?>> SingleSided(Table t)
    {
        var keys = KeysOf(t.Rows);
        if (keys.Count == 0) keys = DefaultKeys(t.Kind);
        bool code = t.Rows.Any(r => r.Code is not null), unitCode = t.Rows.Any(r => r.UnitCode is not null);
        bool project = t.Rows.Any(r => r.Project is not null), economic = t.Rows.Any(r => r.EconomicItem is not null);
        bool item = t.Rows.Any(r => r.Item is not null), method = t.Rows.Any(r => r.Method is not null);
        var header = new List<LayoutCell?>();
        if (code) header.Add(H("科目编码"));
        if (unitCode) header.Add(H("单位编码"));
        if (project) header.Add(H("项目名称"));
        if (economic) header.Add(H("经济科目"));
        if (item) header.Add(H("采购物品名称"));
        header.Add(H(t.Kind == "government-procurement" ? "采购项目" : unitCode ? "单位名称" : "科目名称"));
        if (method) header.Add(H("采购组织形式"));
        header.AddRange(keys.Select(k => H(ColumnLabels.Of(t.Kind, k))));
        var rows = new List<IReadOnlyList<LayoutCell?>> { header };
        foreach (var r in t.Rows)
        {
            var cells = new List<LayoutCell?>();
            if (code) cells.Add(new LayoutCell(r.Code ?? ""));
            if (unitCode) cells.Add(new LayoutCell(r.UnitCode ?? ""));
            if (project) cells.Add(new LayoutCell(r.Project ?? ""));
            if (economic) cells.Add(new LayoutCell(r.EconomicItem ?? ""));
            if (item) cells.Add(new LayoutCell(r.Item ?? ""));
            cells.Add(new LayoutCell(r.Name ?? ""));
            if (method) cells.Add(new LayoutCell(r.Method ?? ""));
            cells.AddRange(keys.Select(k => Amount(r.Values.TryGetValue(k, out var v) ? v : null)));
            rows.Add(cells);
        }
        return rows;
    }

    private static List<string> DefaultKeys(string kind) => kind switch
    {
        "general-budget-basic-expenditure" or "fiscal-allocation-basic-expenditure" => ["total", "personnel", "publicUse"],
        "three-public-expenses" => ["total", "overseasTravel", "vehicleTotal", "vehiclePurchase", "vehicleOperation", "reception"],
        "office-operation-expenses" => ["amount"],
        _ => ["total", "basic", "project"],
    };

    private static List<IReadOnlyList<LayoutCell?>> TwoSided(Table t)
    {
        var incomeKeys = KeysOf(t.Rows.Where(r => r.Side == RowSides.Income));
        var expKeys = KeysOf(t.Rows.Where(r => r.Side != RowSides.Income));
        if (incomeKeys.Count == 0) incomeKeys = ["amount"];
        if (expKeys.Count == 0) expKeys = t.Kind == "fiscal-allocation-summary" ? ["total", "generalBudget", "governmentFund", "stateCapital"] : ["amount"];
        int wi = 1 + incomeKeys.Count, we = 1 + expKeys.Count;
        var top = new List<LayoutCell?> { H("收入", colSpan: wi) };
        top.AddRange(Enumerable.Repeat<LayoutCell?>(null, wi - 1));
        top.Add(H("支出", colSpan: we));
        top.AddRange(Enumerable.Repeat<LayoutCell?>(null, we - 1));
        var second = new List<LayoutCell?> { H("项目") };
        second.AddRange(incomeKeys.Select(k => H(ColumnLabels.Of(t.Kind, k, expenditure: false))));
        second.Add(H("项目"));
        second.AddRange(expKeys.Select(k => H(ColumnLabels.Of(t.Kind, k, expenditure: true))));
        var rows = new List<IReadOnlyList<LayoutCell?>> { top, second };
        // rows printed on one line in the source (same location) share a printed row: income left, expenditure right
        var lines = new List<(TableRow? Income, TableRow? Expenditure)>();
        var byLine = new Dictionary<int, int>();
        foreach (var r in t.Rows)
        {
            bool income = r.Side == RowSides.Income;
            int? key = r.Location.Line;
            if (key is int k && byLine.TryGetValue(k, out var at) && (income ? lines[at].Income : lines[at].Expenditure) is null)
            {
                lines[at] = income ? (r, lines[at].Expenditure) : (lines[at].Income, r);
                continue;
            }
            lines.Add(income ? (r, null) : (null, r));
            if (key is int k2) byLine[k2] = lines.Count - 1;
        }
        foreach (var (inc, exp) in lines)
        {
            var cells = new List<LayoutCell?> { new(inc?.Name ?? "") };
            cells.AddRange(incomeKeys.Select(k => inc is null ? new LayoutCell("") : Amount(inc.Values.TryGetValue(k, out var v) ? v : null)));
            cells.Add(new LayoutCell(exp?.Name ?? ""));
            cells.AddRange(expKeys.Select(k => exp is null ? new LayoutCell("") : Amount(exp.Values.TryGetValue(k, out var v) ? v : null)));
            rows.Add(cells);
        }
        return rows;
    }

    // ---------------------------------------------------------------- target sheets

    private static LayoutPart SheetPart(TargetSheet s, bool department, int n)
    {
        var title = department ? "部门整体支出绩效目标表" : "项目支出绩效目标表";
        var ind = s.Indicators;
        bool period = ind.Any(i => i.PeriodText is not null), weight = ind.Any(i => i.Weight is not null);
        bool note = ind.Any(i => i.Note is not null), scoring = ind.Any(i => i.Scoring is not null);
        var indHeader = new List<string> { "一级指标", "二级指标", "三级指标" };
        if (period) indHeader.Add("实施周期指标值");
        indHeader.Add(period ? "年度指标值" : "指标值");
        if (weight) indHeader.Add("权重");
        if (note) indHeader.Add("备注");
        if (scoring) indHeader.Add("评分标准");
        int width = Math.Max(4, indHeader.Count);
        var rows = new List<IReadOnlyList<LayoutCell?>>();

        void Pairs(params (string Label, string? Value)[] pairs)
        {
            var present = pairs.Where(p => p.Value is not null).ToList();
            for (int i = 0; i < present.Count; i += 2)
            {
                var row = new List<LayoutCell?> { H(present[i].Label) };
                if (i + 1 < present.Count)
                {
                    int valueSpan = Math.Max(1, width / 2 - 1);
                    row.Add(Span(present[i].Value!, valueSpan));
                    row.AddRange(Enumerable.Repeat<LayoutCell?>(null, valueSpan - 1));
                    row.Add(H(present[i + 1].Label));
                    int rest = width - row.Count;
                    row.Add(Span(present[i + 1].Value!, rest));
                    row.AddRange(Enumerable.Repeat<LayoutCell?>(null, rest - 1));
                }
                else
                {
                    row.Add(Span(present[i].Value!, width - 1));
                    row.AddRange(Enumerable.Repeat<LayoutCell?>(null, width - 2));
                }
                rows.Add(row);
            }
        }

        if (department) Pairs(("部门名称", s.Department ?? s.Name), ("联系人", s.Contact), ("联系电话", s.Phone));
        else Pairs(("项目名称", s.Name), ("项目编码", s.Code), ("项目类别", s.Category), ("主管部门", s.Department), ("实施单位", s.Implementer), ("联系人", s.Contact), ("联系电话", s.Phone));
        if (s.Funds.Count > 0)
        {
            var unit = s.Unit is MoneyUnit u ? $"（{u.ToChinese()}）" : "";
            var label = new List<LayoutCell?> { H((department ? "当年预算情况" : "项目资金") + unit, colSpan: width) };
            label.AddRange(Enumerable.Repeat<LayoutCell?>(null, width - 1));
            rows.Add(label);
            // a group with its 财政拨款 part (基本支出 合计 / 财政拨款) prints as one row: group label, then part labels with amounts
            var groups = new[] { "basic", "project" }.Where(g => s.Funds.ContainsKey(g + "Fiscal")).ToList();
            var funds = s.Funds.Where(f => !groups.Contains(f.Key) && !groups.Any(g => f.Key == g + "Fiscal")).ToList();
            for (int i = 0; i < funds.Count; i += 2)
            {
                var row = new List<LayoutCell?>();
                for (int k = i; k < Math.Min(i + 2, funds.Count); k++)
                {
                    row.Add(H(ColumnLabels.Fund(funds[k].Key, department)));
                    row.Add(Amount(funds[k].Value));
                }
                while (row.Count < width) row.Add(new LayoutCell(""));
                rows.Add(row);
            }
            foreach (var g in groups)
            {
                var row = new List<LayoutCell?> { H(ColumnLabels.Fund(g, department)) };
                if (s.Funds.TryGetValue(g, out var total)) { row.Add(H("合计")); row.Add(Amount(total)); }
                row.Add(H("财政拨款"));
                row.Add(Amount(s.Funds[g + "Fiscal"]));
                while (row.Count < width) row.Add(new LayoutCell(""));
                rows.Add(row);
            }
        }
        Text("年度总体目标", s.Goal);
        Text("项目概况", s.Overview);
        Text("立项依据", s.Basis);
        Text("实施进度计划", s.Schedule);
        if (ind.Count > 0)
        {
            var header = indHeader.Select(h => (LayoutCell?)H(h)).ToList();
            while (header.Count < width) header.Add(new LayoutCell(""));
            rows.Add(header);
            int start = rows.Count;
            for (int i = 0; i < ind.Count; i++)
            {
                var x = ind[i];
                var prev = i > 0 ? ind[i - 1] : null;
                bool l1 = prev is null || prev.Level1Raw != x.Level1Raw || x.Level2Raw is null;
                bool l2 = l1 || prev!.Level2Raw != x.Level2Raw;
                var row = new List<LayoutCell?>
                {
                    new(l1 ? x.Level1Raw ?? "" : ""),
                    new(l2 ? x.Level2Raw ?? "" : ""),
                    new(x.Name ?? ""),
                };
                if (period) row.Add(new LayoutCell(x.PeriodText ?? ""));
                row.Add(new LayoutCell(x.Text ?? ""));
                if (weight) row.Add(Amount(x.Weight));
                if (note) row.Add(new LayoutCell(x.Note ?? ""));
                if (scoring) row.Add(new LayoutCell(x.Scoring ?? ""));
                while (row.Count < width) row.Add(new LayoutCell(""));
                rows.Add(row);
            }
            MergeDown(rows, start, 0);
            MergeDown(rows, start, 1);
        }
        return new LayoutPart($"表{n}", [title], rows);

        void Text(string label, string? text)
        {
            if (text is null) return;
            var row = new List<LayoutCell?> { H(label), Span(text, width - 1) };
            row.AddRange(Enumerable.Repeat<LayoutCell?>(null, width - 2));
            rows.Add(row);
        }
    }

    /// <summary>A level cell followed by blank cells below it in the same column becomes one merged cell (as the sheets print them).</summary>
    private static void MergeDown(List<IReadOnlyList<LayoutCell?>> rows, int start, int column)
    {
        for (int r = start; r < rows.Count; r++)
        {
            if (rows[r][column] is not { Text.Length: > 0 } cell) continue;
            int span = 1;
            while (r + span < rows.Count && rows[r + span][column] is { Text.Length: 0 }
                   && (column == 0 || rows[r + span][0] is null or { Text.Length: 0 })) span++;
            if (span == 1) continue;
            ((List<LayoutCell?>)rows[r])[column] = cell with { RowSpan = span };
            for (int k = 1; k < span; k++) ((List<LayoutCell?>)rows[r + k])[column] = null;
        }
    }

    // ---------------------------------------------------------------- cells

    private static LayoutCell H(string text, int colSpan = 1) => new(text, ColSpan: colSpan, Header: true);

    private static LayoutCell Span(string text, int colSpan) => new(text, ColSpan: Math.Max(1, colSpan));

    public static LayoutCell Amount(decimal? value) =>
        value is decimal d ? new LayoutCell(FormatAmount(d), d) : new LayoutCell("");

    /// <summary>An amount as published: two decimals at least, more where the value has them.</summary>
    public static string FormatAmount(decimal d) => d.ToString("0.00########", CultureInfo.InvariantCulture);
}
