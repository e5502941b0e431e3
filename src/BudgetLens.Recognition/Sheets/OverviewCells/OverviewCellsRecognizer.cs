using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Sheets.NumberedLines;
using BudgetLens.Recognition.Tables;
using BudgetLens.Recognition.Tables.Delimited;

namespace BudgetLens.Recognition.Sheets.OverviewCells;

/// <summary>
/// The 项目支出绩效目标表（含转移支付项目） overview printed as a table of cells (Excel, Word, HTML): a header row
/// <c>项目名称（资金使用单位）|总计|财政拨款|财政专户拨款|其他资金|绩效目标|绩效指标</c> (<see cref="OverviewColumns"/>), then one
/// row per 合计, 资金使用单位 and project. By structure: 合计/总计 is the total (level 0); a row with neither goal nor
/// indicators directly followed by a row that has them is a 资金使用单位 (level 1, the implementer of the projects under
/// it); any other row is a project (level 2) with a sheet holding its amounts, its 绩效目标 cell as goal and its 绩效指标
/// cell's numbered indicators (<see cref="IndicatorCell"/>, read as the text layout reads them). Gives the same
/// project-summary table and project sheets as <see cref="NumberedLinesRecognizer"/> does for the text layout.
/// </summary>
public sealed class OverviewCellsRecognizer : IBlockRecognizer
{
    /// <summary>How many non-blank lines after the title may come before the header row.</summary>
    private const int HeaderSearchLines = 6;

    public string Name => "overview-cells";

    public bool CanRead(Block block, ExtractionContext context) =>
        block.Kind == TableKinds.ProjectTargets && FindHeader(block, context) is not null;

    private sealed record DataRow(int Line, string Name, Dictionary<string, decimal?> Values, string Goal, string Indicators)
    {
        public bool HasTargets => Goal.Length > 0 || Indicators.Length > 0;
    }

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        var (headerLine, columns) = FindHeader(block, context)!.Value;
        context.Consume(block.TitleLine);
        context.Consume(headerLine);
        var (unit, issuer) = OverviewTitleLines.Read(context, block.TitleLine, headerLine);

        var data = new List<DataRow>();
        for (int n = headerLine + 1; n <= block.EndLine; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank || context.UseOf(n) == LineUse.Layout || !CellRowSource.IsTabRow(line)) continue;
            var cells = CellSplitter.SplitTabs(line.Raw);
            if (OverviewColumns.TryRead(cells) is not null) { context.Layout(n); continue; } // header repeated on a new page
            var name = OverviewColumns.At(cells, columns.Name);
            var values = new Dictionary<string, decimal?>();
            bool junk = false;
            foreach (var (column, key) in columns.Amounts)
            {
                var text = OverviewColumns.At(cells, column);
                values[key] = text.Length == 0 ? null : AmountParser.ParseOrNull(text);
                junk |= text.Length > 0 && values[key] is null;
            }
            if (name.Length == 0 || junk)
            {
                context.Report(ExtractionDiagnostics.Skipped(n, line.Raw.Trim(), "绩效目标表中未识别的行 / row of a target overview not recognised"));
                continue;
            }
            context.Consume(n);
            data.Add(new DataRow(n, name, values, OverviewColumns.At(cells, columns.Goal), OverviewColumns.At(cells, columns.Indicators)));
        }
        if (data.Count == 0) return;

        var rows = new List<TableRow>();
        string? implementer = null;
        for (int i = 0; i < data.Count; i++)
        {
            var r = data[i];
            var location = SourceLocation.Lines(r.Line, r.Line);
            if (TextNormalizer.RemoveSpaces(r.Name) is "合计" or "总计")
            {
                rows.Add(Row(TextNormalizer.RemoveSpaces(r.Name), 0, RowRoles.Total, r.Values, location));
                continue;
            }
            if (!r.HasTargets && i + 1 < data.Count && data[i + 1].HasTargets)
            {
                implementer = r.Name;
                rows.Add(Row(r.Name, 1, RowRoles.Subtotal, r.Values, location));
                continue;
            }
            rows.Add(Row(r.Name, 2, RowRoles.Item, r.Values, location));
            output.Projects.Add(Sheet(r, implementer, unit, context));
        }

        output.AddTable(new Table
        {
            Kind = TableKinds.ProjectSummary,
            Title = context.Line(block.TitleLine).Raw.Trim(),
            Unit = unit,
            Issuer = issuer,
            Location = SourceLocation.Lines(block.TitleLine, data[^1].Line),
            Empty = rows.All(r => r.Values.Values.All(v => v is null)),
            Rows = rows,
        });
    }

    private static TargetSheet Sheet(DataRow r, string? implementer, MoneyUnit? unit, ExtractionContext context)
    {
        var sheet = new SheetDraft(r.Name, implementer, unit, r.Values, r.Line, r.Line);
        if (r.Goal.Length > 0) sheet.AddGoal(r.Goal, r.Line);
        var pieces = IndicatorCell.Split(r.Indicators);
        if (pieces.Count == 0 && r.Indicators.Length > 0)
            context.Report(ExtractionDiagnostics.Skipped(r.Line, r.Indicators, "绩效指标单元格中没有编号指标 / no numbered indicator in the indicator cell"));
        foreach (var piece in pieces)
        {
            if (NumberedIndicator.Parse(piece) is null)
                context.Report(ExtractionDiagnostics.Skipped(r.Line, piece, "编号指标无法读取 / numbered indicator not readable"));
            else sheet.AddIndicator(new IndicatorElement([r.Line], piece));
        }
        return sheet.Build();
    }

    private static TableRow Row(string name, int level, string role, Dictionary<string, decimal?> values, SourceLocation location) =>
        new() { Name = name, Level = level, Role = role, Values = values, Location = location };

    private static (int Line, OverviewColumns Columns)? FindHeader(Block block, ExtractionContext context)
    {
        int seen = 0;
        for (int n = block.TitleLine + 1; n <= block.EndLine && seen < HeaderSearchLines; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank) continue;
            seen++;
            if (CellRowSource.IsTabRow(line) && OverviewColumns.TryRead(CellSplitter.SplitTabs(line.Raw)) is { } columns) return (n, columns);
        }
        return null;
    }
}
