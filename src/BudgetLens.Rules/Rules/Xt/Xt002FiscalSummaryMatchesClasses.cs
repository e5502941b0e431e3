using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Rules.Xt;

/// <summary>XT002: the fiscal-allocation-summary's expenditure rows equal the 类 rows of the fiscal function tables, and its total theirs.</summary>
public sealed partial class Xt002FiscalSummaryMatchesClasses : IRule
{
    public string Id => "XT002";
    public string TitleZh => "财政拨款收支总表支出与分表类级科目不一致";
    public string TitleEn => "Fiscal allocation summary differs from the class rows of the fiscal tables";
    public Severity Severity => Severity.Error;
    public string Description =>
        "Each expenditure class of 财政拨款收支总表 equals the 类 row of the same class in the 一般公共预算支出表 (一般公共预算 column), the 政府性基金预算支出表 " +
        "(政府性基金 column) and the 国有资本经营预算支出表 (国有资本经营 column), and its 合计 column their sum; the row totalling the classes " +
        "(一、本年支出 / 本年支出合计) equals the tables' 合计. A class printed on one side only counts as 0 on the other. " +
        "Tolerance: half a unit of every figure's last printed digit. " +
        "Passes: 卫生健康支出 7697.58 = 210 卫生健康支出 7697.58. Fails: 一般公共服务支出 930.00 against 201 927.60 (Δ 2.40) — money booked under another class in one table.";

    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）]|\d+\s*[、.．])|\s+")]
    private static partial Regex OrdinalOrSpace();

    public RuleOutcome Check(RuleContext context)
    {
        var summary = context.TablesOf("fiscal-allocation-summary").FirstOrDefault(t => t.Rows.Any(r => r.Side == RowSides.Expenditure));
        if (summary is null) return RuleOutcome.NotApplicable("no fiscal-allocation-summary with expenditure rows");
        var tables = FiscalTables.Of(context.Document);
        if (tables is null) return RuleOutcome.NotApplicable("a fiscal function table (一般公共预算/政府性基金/国有资本经营支出表) is missing");
        return RuleOutcome.Of(Check(summary, tables));
    }

    private IEnumerable<Finding> Check(Table summary, IReadOnlyList<Table> tables)
    {
        var rows = SummarySides.RowsOf(summary, RowSides.Expenditure);
        var classes = tables.SelectMany(t => t.Rows.Where(r => r.Code?.Length == 3).Select(r => (Table: t, Row: r))).ToList();
        var names = classes.GroupBy(c => c.Row.Code!).ToDictionary(g => g.Key, g => Name(g.First().Row));
        string Key(TableRow row) => row.Code is { } code && names.TryGetValue(code, out var name) ? name : Name(row);
        var classKeys = classes.Select(c => Key(c.Row)).ToHashSet();
        var items = rows.Where(r => r.Role == RowRoles.Item && !SummarySides.IsNumbered(r)).ToList();
        var matched = items.Where(r => classKeys.Contains(Key(r))).ToList();
        // a class the summary prints with money and no table prints is compared with 0 too
        var keys = classKeys.Union(items.Where(r => Name(r).EndsWith("支出", StringComparison.Ordinal) && r.Values.Values.Any(v => v is decimal d && d != 0m)).Select(Key));
        var columns = Columns(summary, tables);
        foreach (var key in keys.Order(StringComparer.Ordinal))
        {
            var row = matched.Concat(items).FirstOrDefault(r => Key(r) == key);
            var parts = classes.Where(c => Key(c.Row) == key).ToList();
            foreach (var (column, kinds) in columns)
            {
                var figures = parts.Where(p => kinds.Contains(p.Table.Kind)).Select(p => Figure.Of(p.Table, p.Row, "total")).ToList();
                var actual = row is null ? Missing(summary, column) : Operand.Of(Figure.Of(summary, row, column));
                var expected = figures.Count == 0 ? Missing(tables.First(t => kinds.Contains(t.Kind)), "total") : Operand.Sum(figures, "Σ各表" + key, "sum of the tables' " + key);
                if (actual.Blank && expected.Blank) continue;
                if (CrossFindings.Equal(this, actual, expected, key, key) is { } f) yield return f;
            }
        }
        if (TotalOfClasses(rows, matched) is not { } total) yield break;
        foreach (var (column, kinds) in columns)
        {
            var totals = tables.Where(t => kinds.Contains(t.Kind)).Select(t => TableTotals.Of(t, "total")).ToList();
            var expected = new Operand([.. totals.SelectMany(t => t.Plus)], [], string.Join(" + ", totals.Select(t => t.Zh)), string.Join(" + ", totals.Select(t => t.En)));
            if (CrossFindings.Equal(this, Operand.Of(Figure.Of(summary, total, column)), expected) is { } f) yield return f;
        }
    }

    /// <summary>The summary's columns with the tables whose 类 rows make them up; a fund column only where its table is present.</summary>
    private static List<(string Column, string[] Kinds)> Columns(Table summary, IReadOnlyList<Table> tables)
    {
        var present = tables.Select(t => t.Kind).ToHashSet();
        var printed = summary.Rows.Where(r => r.Side == RowSides.Expenditure).SelectMany(r => r.Values.Keys).ToHashSet();
        var columns = FiscalTables.Parts.Where(p => printed.Contains(p.SummaryColumn) && present.Contains(p.Kind)).Select(p => (p.SummaryColumn, new[] { p.Kind })).ToList();
        if (printed.Contains("total")) columns.Insert(0, ("total", present.ToArray()));
        return columns;
    }

    /// <summary>The row that totals the classes: the group whose members include them, when its other members carry no money.</summary>
    private static TableRow? TotalOfClasses(IReadOnlyList<TableRow> rows, IReadOnlyList<TableRow> classes)
    {
        if (classes.Count == 0) return null;
        var group = SummarySides.Groups(rows).FirstOrDefault(g => classes.All(c => g.Members.Contains(c)));
        if (group is null) return null;
        bool othersBlank = group.Members.Except(classes).All(m => m.Values.Values.All(v => v is null || v == 0m));
        return othersBlank ? group.Row : null;
    }

    private static Operand Missing(Table table, string column) =>
        new([new Figure(null, "(未列示)", column, table.Location, table.Title, table.Unit)], [], $"{table.Title}：未列示", $"{table.Title}: not printed");

    private static string Name(TableRow row) => OrdinalOrSpace().Replace(row.Name ?? row.Code ?? "", "");
}
