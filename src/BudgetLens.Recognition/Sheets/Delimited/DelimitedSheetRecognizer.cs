using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables;
using BudgetLens.Recognition.Tables.Delimited;
using Field = BudgetLens.Recognition.Sheets.SheetFieldLabels.Field;

namespace BudgetLens.Recognition.Sheets.Delimited;

/// <summary>
/// Reads a 项目支出绩效目标表 or 部门整体支出绩效目标表 whose rows are tab-separated cells: label/value fields and
/// money above, then the indicator header and indicator rows (merged levels carried down, shifted rows realigned).
/// </summary>
public sealed class DelimitedSheetRecognizer : IBlockRecognizer
{
    public string Name => "delimited-sheet";

    public bool CanRead(Block block, ExtractionContext context) =>
        TableKinds.IsSheet(block.Kind) && block.LineNumbers.Any(n => CellRowSource.IsTabRow(context.Line(n)));

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        bool department = block.Kind == TableKinds.DepartmentTargets;
        var head = new SheetHeadFields(department);
        var lines = new TableLines();
        var indicators = new List<Indicator>();
        IndicatorRowReader? reader = null;
        int end = block.TitleLine;
        context.Consume(block.TitleLine);
        foreach (var n in block.LineNumbers)
        {
            if (n == block.TitleLine) continue;
            var line = context.Line(n);
            if (line.IsBlank) continue;
            if (!CellRowSource.IsTabRow(line))
            {
                lines.TryRead(line, context);
                continue;
            }
            var row = CellRowSource.FromTabLine(line);
            if (row.IsEmpty) { context.Layout(n); continue; }
            end = n;
            context.Consume(n);
            if (IndicatorColumns.Parse(row) is { } columns)
            {
                reader = new IndicatorRowReader(columns);
                head.CloseText();
                continue;
            }
            if (reader is not null && !SheetHeadFields.StartsWithField(row))
            {
                if (reader.Read(row) is { } indicator) indicators.Add(indicator);
                continue;
            }
            if (head.Read(row) || IsGroupLabel(row)) continue;
            context.Report(ExtractionDiagnostics.Skipped(n, line.Raw.Trim(), "目标表中未识别的行 / row of a target sheet not recognised"));
        }
        var sheet = new TargetSheet
        {
            Name = department ? head[Field.Department] ?? head[Field.Name] : head[Field.Name],
            Code = head[Field.Code],
            Category = head[Field.Category],
            Department = head[Field.Department],
            Implementer = head[Field.Implementer],
            Unit = head.Unit ?? lines.Unit,
            Funds = head.Funds,
            Goal = head[Field.Goal],
            Overview = head[Field.Overview],
            Basis = head[Field.Basis],
            Schedule = head[Field.Schedule],
            Contact = head[Field.Contact],
            Phone = head[Field.Phone],
            Indicators = indicators,
            Location = SourceLocation.Lines(block.TitleLine, end),
        };
        (department ? output.DepartmentTargets : output.Projects).Add(sheet);
    }

    /// <summary>A row holding one short label only (年度绩效指标, 当年预算情况): a group heading of the sheet.</summary>
    private static bool IsGroupLabel(CellRow row)
    {
        var filled = row.Cells.Where(c => c.Length > 0).ToList();
        return filled.Count == 1 && filled[0].Length <= 16 && !Common.AmountParser.TryParse(filled[0], out _);
    }
}
