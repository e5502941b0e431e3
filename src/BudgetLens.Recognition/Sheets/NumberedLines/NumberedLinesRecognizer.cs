using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// The 项目支出绩效目标表 printed as one overview (seeds 000, 002): a column header
/// <c>项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标</c>, then 合计, the 资金使用单位 and one
/// block per project (overview line, goal, numbered indicator lines). Gives one <c>project-summary</c> table and one
/// sheet per project.
/// </summary>
public sealed class NumberedLinesRecognizer : IBlockRecognizer
{
    /// <summary>How many non-blank lines after the title may come before the column header.</summary>
    private const int HeaderSearchLines = 6;

    public string Name => "numbered-lines-overview";

    public bool CanRead(Block block, ExtractionContext context) =>
        block.Kind == TableKinds.ProjectTargets && FindHeader(block, context) is not null;

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        var (headerLine, header) = FindHeader(block, context)!.Value;
        context.Consume(block.TitleLine);
        context.Consume(headerLine);
        var (unit, issuer) = OverviewTitleLines.Read(context, block.TitleLine, headerLine);

        var elements = OverviewStream.Read(context, headerLine + 1, block.EndLine, header.AmountKeys.Count);
        foreach (var element in elements)
            foreach (var n in element.Lines) context.Consume(n);
        var assembler = new OverviewAssembler(header.AmountKeys, unit, context);
        assembler.Assemble(elements);
        if (assembler.Rows.Count == 0) return;

        var title = context.Line(block.TitleLine).Raw.Trim();
        output.AddTable(new Table
        {
            Kind = TableKinds.ProjectSummary,
            Title = title,
            Unit = unit,
            Issuer = issuer,
            Location = SourceLocation.Lines(block.TitleLine, assembler.Rows.Max(r => r.Location.EndLine ?? block.TitleLine)),
            Empty = assembler.Rows.All(r => r.Values.Values.All(v => v is null)),
            Rows = assembler.Rows,
        });
        output.Projects.AddRange(assembler.Sheets);
    }

    private static (int Line, OverviewHeader Header)? FindHeader(Block block, ExtractionContext context)
    {
        int seen = 0;
        for (int n = block.TitleLine + 1; n <= block.EndLine && seen < HeaderSearchLines; n++)
        {
            var line = context.Line(n);
            if (line.IsBlank) continue;
            seen++;
            if (OverviewHeader.TryRead(line.Raw) is { } header) return (n, header);
        }
        return null;
    }
}
