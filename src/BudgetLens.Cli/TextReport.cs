using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using Spectre.Console;

namespace BudgetLens.Cli;

/// <summary>The human report of check: per document, findings grouped by severity with the source line quoted, then a summary table.</summary>
internal static class TextReport
{
    private const int QuoteWidth = 110;

    public static void Write(IAnsiConsole console, IReadOnlyList<CheckedDocument> documents, bool english)
    {
        foreach (var doc in documents) WriteDocument(console, doc, english);
        WriteSummary(console, documents, english);
    }

    private static void WriteDocument(IAnsiConsole console, CheckedDocument doc, bool english)
    {
        var r = doc.Report;
        console.Write(new Rule($"[bold]{Markup.Escape(r.Source.File)}[/]") { Justification = Justify.Left });
        if (r.ReadError is not null)
        {
            console.MarkupLine($"[red]{(english ? "unreadable" : "无法读取")}:[/] {Markup.Escape(r.ReadError)}");
            console.WriteLine();
            return;
        }
        if (r.Findings.Count == 0) console.MarkupLine(english ? "[green]no findings[/]" : "[green]未发现问题[/]");
        foreach (var group in r.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            console.MarkupLine($"[{Color(group.Key)} bold]{SeverityName(group.Key, english)}[/] ({group.Count()})");
            foreach (var f in group)
            {
                var where = f.FirstLine is int line ? (english ? $"line {line}" : $"第 {line} 行") : "";
                console.MarkupLine($"  [{Color(f.Severity)}]{f.Rule}[/] [grey]{where}[/]  {Markup.Escape(english ? f.MessageEn : f.Message)}");
                if (f.FirstLine is int l && doc.Text is not null && l >= 1 && l <= doc.Text.Lines.Count)
                    console.MarkupLine($"      [grey]{l,5} │ {Markup.Escape(Shorten(doc.Text[l].Raw.Trim()))}[/]");
            }
        }
        if (r.NotApplicable.Count > 0)
        {
            var ids = string.Join(", ", r.NotApplicable.Select(n => n.Rule));
            var label = english ? $"not applicable ({r.NotApplicable.Count} rules; reasons in --format json)" : $"不适用（{r.NotApplicable.Count} 条规则，原因见 --format json）";
            console.MarkupLine($"  [grey]{label}: {Markup.Escape(ids)}[/]");
        }
        console.WriteLine();
    }

    private static void WriteSummary(IAnsiConsole console, IReadOnlyList<CheckedDocument> documents, bool english)
    {
        var findings = documents.SelectMany(d => d.Report.Findings).ToList();
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title(english ? "Summary" : "汇总");
        table.AddColumn(english ? "documents" : "文档");
        table.AddColumn(english ? "unreadable" : "无法读取");
        table.AddColumn(SeverityName(Severity.Error, english));
        table.AddColumn(SeverityName(Severity.Warning, english));
        table.AddColumn(SeverityName(Severity.Info, english));
        table.AddColumn(english ? "top rules" : "最常见规则");
        var top = string.Join(", ", findings.GroupBy(f => f.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5).Select(g => $"{g.Key}×{g.Count()}"));
        table.AddRow(
            documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            documents.Count(d => d.Report.ReadError is not null).ToString(System.Globalization.CultureInfo.InvariantCulture),
            findings.Count(f => f.Severity == Severity.Error).ToString(System.Globalization.CultureInfo.InvariantCulture),
            findings.Count(f => f.Severity == Severity.Warning).ToString(System.Globalization.CultureInfo.InvariantCulture),
            findings.Count(f => f.Severity == Severity.Info).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Markup.Escape(top.Length == 0 ? "—" : top));
        console.Write(table);
    }

    private static string Shorten(string s) => s.Length <= QuoteWidth ? s : s[..QuoteWidth] + "…";

    private static string Color(Severity s) => s switch
    {
        Severity.Error => "red",
        Severity.Warning => "yellow",
        _ => "blue",
    };

    public static string SeverityName(Severity s, bool english) => (s, english) switch
    {
        (Severity.Error, false) => "错误",
        (Severity.Warning, false) => "警告",
        (Severity.Info, false) => "提示",
        (Severity.Error, true) => "errors",
        (Severity.Warning, true) => "warnings",
        _ => "info",
    };
}
