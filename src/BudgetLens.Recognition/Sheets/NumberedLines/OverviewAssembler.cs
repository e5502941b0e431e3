using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Sheets.NumberedLines;

/// <summary>
/// Builds the overview's rows and sheets from its elements: 合计 (level 0), a 资金使用单位 group (an amounts line
/// followed directly by another: level 1, the implementer of the sheets under it), and projects (level 2, one sheet each,
/// with the goal and indicators that follow).
/// </summary>
internal sealed class OverviewAssembler
{
    private readonly IReadOnlyList<string> _keys;
    private readonly MoneyUnit? _unit;
    private readonly ExtractionContext _context;
    private bool _placementReported;

    public OverviewAssembler(IReadOnlyList<string> keys, MoneyUnit? unit, ExtractionContext context)
    {
        _keys = keys;
        _unit = unit;
        _context = context;
    }

    public List<TableRow> Rows { get; } = [];
    public List<TargetSheet> Sheets { get; } = [];

    public void Assemble(IReadOnlyList<OverviewElement> elements)
    {
        string? implementer = null;
        SheetDraft? sheet = null;
        for (int k = 0; k < elements.Count; k++)
        {
            switch (elements[k])
            {
                case AmountsElement amounts:
                    Close(ref sheet);
                    var values = Place(amounts);
                    var location = SourceLocation.Lines(amounts.FirstLine, amounts.LastLine);
                    if (IsTotal(amounts.Name))
                        Rows.Add(Row(TextNormalizer.RemoveSpaces(amounts.Name), 0, RowRoles.Total, values, location));
                    else if (k + 1 < elements.Count && elements[k + 1] is AmountsElement)
                    {
                        implementer = amounts.Name;
                        Rows.Add(Row(amounts.Name, 1, RowRoles.Subtotal, values, location));
                    }
                    else
                    {
                        Rows.Add(Row(amounts.Name, 2, RowRoles.Item, values, location));
                        sheet = new SheetDraft(amounts.Name, implementer, _unit, values, amounts.FirstLine, amounts.LastLine);
                        if (amounts.Overview.Tail.Length > 0) sheet.AddGoal(amounts.Overview.Tail, amounts.LastLine);
                    }
                    break;
                case TextElement text when sheet is null:
                    _context.Report(ExtractionDiagnostics.Skipped(text.Line, text.Text, "绩效目标表中的文字不属于任何项目 / text of a target overview outside any project"));
                    break;
                case TextElement { IsLoneStop: true } stop:
                    sheet!.AddLoneStop(stop.Line);
                    break;
                case TextElement text:
                    sheet!.AddGoal(text.Text, text.Line);
                    break;
                case IndicatorElement indicator when sheet is null:
                    _context.Report(ExtractionDiagnostics.Skipped(indicator.FirstLine, indicator.Joined, "指标不属于任何项目 / indicator outside any project"));
                    break;
                case IndicatorElement indicator:
                    sheet!.AddIndicator(indicator);
                    break;
            }
        }
        Close(ref sheet);
    }

    private void Close(ref SheetDraft? sheet)
    {
        if (sheet is not null) Sheets.Add(sheet.Build());
        sheet = null;
    }

    private static bool IsTotal(string name) => TextNormalizer.RemoveSpaces(name) is "合计" or "总计";

    /// <summary>
    /// Amounts go to the columns in header order: a row printing fewer numbers than columns lost its blank cells, and
    /// total = the other columns' sum cannot tell which part a lone second amount belongs to (said once in a diagnostic).
    /// </summary>
    private Dictionary<string, decimal?> Place(AmountsElement amounts)
    {
        var values = _keys.ToDictionary(k => k, _ => (decimal?)null);
        var printed = amounts.Overview.Amounts;
        for (int i = 0; i < printed.Count && i < _keys.Count; i++) values[_keys[i]] = printed[i];
        if (printed.Count > 1 && printed.Count < _keys.Count && !_placementReported)
        {
            _placementReported = true;
            _context.Report(ExtractionDiagnostics.AmbiguousColumn(amounts.LastLine, _context.Line(amounts.LastLine).Raw.Trim(),
                $"{printed.Count} 个金额按表头顺序放入 {string.Join("、", _keys.Take(printed.Count))}（本表各行同此）"));
        }
        return values;
    }

    private static TableRow Row(string name, int level, string role, Dictionary<string, decimal?> values, SourceLocation location) =>
        new() { Name = name, Level = level, Role = role, Values = values, Location = location };
}
