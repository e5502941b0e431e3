using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// Sorts the lines of a space-separated table's pages into title, unit, issuer, header, row and note lines, and
/// marks each as used (the first page's header consumed, the repeated ones layout).
/// </summary>
public sealed class SpacedLayout
{
    /// <summary>The table these pages print, with the rows read from them.</summary>
    public Table ToTable(Block block, IReadOnlyList<TableRow> rows) => new()
    {
        Kind = block.Kind,
        Title = Title,
        Unit = Unit,
        Issuer = Issuer,
        Location = SourceLocation.Lines(block.TitleLine, LastLine),
        Empty = rows.All(r => r.Values.Values.All(v => v is null)),
        Rows = rows,
    };

    private static readonly string[] IssuerLabels = ["填报单位", "编制单位", "编制部门", "单位名称"];

    public string Title { get; private set; } = "";
    public MoneyUnit? Unit { get; private set; }
    public string? Issuer { get; private set; }
    public List<SourceLine> HeaderLines { get; } = [];
    public List<SourceLine> RowLines { get; } = [];
    public int LastLine { get; private set; }

    /// <param name="startsRow">Whether a line, given the header lines so far, starts the rows (one-sided and two-sided tables differ).</param>
    public static SpacedLayout Read(IReadOnlyList<Block> pages, ExtractionContext context, Func<SourceLine, IReadOnlyList<SourceLine>, bool> startsRow)
    {
        var layout = new SpacedLayout();
        for (int p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var titleLine = context.Line(page.TitleLine);
            if (p == 0) { layout.Title = titleLine.Raw.Trim(); context.Consume(page.TitleLine); }
            else context.Layout(page.TitleLine);
            layout.LastLine = Math.Max(layout.LastLine, page.TitleLine);
            bool inRows = false;
            foreach (var n in page.LineNumbers)
            {
                if (n == page.TitleLine) continue;
                var line = context.Line(n);
                if (line.IsBlank) continue;
                var unit = LayoutMarker.UnitDeclared(line.Normalized);
                if (context.UseOf(n) == LineUse.Layout)
                {
                    layout.Unit ??= unit;
                    continue;
                }
                if (!inRows && layout.ReadIssuer(line, unit))
                {
                    context.Consume(n);
                    continue;
                }
                if (SpacedRowParser.IsNote(line))
                {
                    context.Consume(n);
                    layout.LastLine = n;
                    continue;
                }
                if (inRows || startsRow(line, layout.HeaderLines))
                {
                    inRows = true;
                    context.Consume(n);
                    layout.LastLine = n;
                    layout.RowLines.Add(line);
                    continue;
                }
                if (p == 0) { layout.HeaderLines.Add(line); context.Consume(n); }
                else context.Layout(n);
                layout.LastLine = n;
            }
        }
        return layout;
    }

    private bool ReadIssuer(SourceLine line, MoneyUnit? unit)
    {
        var t = line.Normalized.Trim();
        foreach (var label in IssuerLabels)
        {
            if (!t.StartsWith(label, StringComparison.Ordinal)) continue;
            var rest = t[label.Length..].TrimStart(':', '：', ' ');
            int cut = rest.IndexOf("单位", StringComparison.Ordinal);
            if (cut >= 0) rest = rest[..cut];
            Issuer ??= rest.Trim() is { Length: > 0 } name ? name : null;
            Unit ??= unit;
            return true;
        }
        return false;
    }

    public string HeaderText => string.Join("\n", HeaderLines.Select(l => l.Raw));
}
