using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Pipeline;
using Field = BudgetLens.Recognition.Sheets.SheetFieldLabels.Field;
using SheetKind = BudgetLens.Recognition.Sheets.SheetFundLabels.SheetKind;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// Reads the target sheets of one block of space-separated label/value text (PDF-to-text): fields and money printed
/// as <c>label value</c> pairs in any order (value on the same line, after a colon, or on the next lines), a money
/// grid (header lines over a row of amounts), and the indicator rows under their header. A block may hold several
/// sheets: a new one starts at a unit line (单位：万元) or where an identifying field (项目名称, 项目编码 …) repeats.
/// </summary>
public sealed class LabelledSheetReader
{
    private enum Mode { Fields, Grid, Indicators }

    private readonly ExtractionContext _context;
    private readonly SheetKind _kind;
    private readonly List<SheetAssembler> _sheets = [];
    private readonly HashSet<int> _vertical;
    private SheetAssembler _sheet;
    private Mode _mode = Mode.Fields;
    private Field? _openField;
    private string? _openFund;
    private IndicatorColumns _columns = new(false, false, false);
    private IndicatorRow? _row;
    private Indicator? _previousIndicator;
    private readonly List<IReadOnlyList<string>> _gridHeader = [];
    private int _gridStart;

    private LabelledSheetReader(ExtractionContext context, Block block, SheetKind kind)
    {
        _context = context;
        _kind = kind;
        _vertical = SheetLayoutLines.VerticalText([.. block.LineNumbers.Select(context.Line)]);
        _sheet = new SheetAssembler(kind, block.TitleLine > 0 ? block.TitleLine : block.StartLine);
    }

    /// <summary>The sheets of the block, in order; every line used is marked consumed or layout, diagnostics reported.</summary>
    public static IReadOnlyList<TargetSheet> Read(Block block, ExtractionContext context, SheetKind kind)
    {
        var reader = new LabelledSheetReader(context, block, kind);
        if (block.TitleLine > 0) context.Consume(block.TitleLine);
        foreach (var n in block.LineNumbers)
        {
            if (n == block.TitleLine) continue;
            var line = context.Line(n);
            if (!line.IsBlank) reader.ReadLine(line);
        }
        reader.CloseSheet();
        foreach (var d in reader._sheets.SelectMany(s => s.Diagnostics)) context.Report(d);
        return [.. reader._sheets.Where(s => s.HasContent).Select(s => s.Build())];
    }

    private void ReadLine(SourceLine line)
    {
        int n = line.Number;
        if (LayoutMarker.UnitDeclared(line.Normalized.Trim()) is MoneyUnit unit && IsUnitLine(line))
        {
            if (_sheet.HasContent) StartSheet(n);
            _sheet.Unit = unit;
            _context.Layout(n);
            return;
        }
        if (_context.UseOf(n) == LineUse.Layout && !IsWrappedWeight(line)) return;
        if (_vertical.Contains(n)) { _context.Layout(n); return; }
        var tokens = LabelledLine.Tokens(line.Raw);
        if (_mode == Mode.Grid && ReadGridLine(n, tokens)) return;
        if (IndicatorColumns.IsHeader(line.Raw))
        {
            FlushRow();
            _columns = IndicatorColumns.FromHeader(line.Raw);
            _mode = Mode.Indicators;
            _previousIndicator = null;
            CloseOpen();
            _context.Layout(n);
            return;
        }
        if (SheetLayoutLines.IsSectionHeading(line.Raw) || SheetLayoutLines.IsNotesLabel(line.Raw))
        {
            FlushRow();
            CloseOpen();
            _context.Layout(n);
            return;
        }
        if (SheetLayoutLines.MoneyHeadingUnit(line.Raw) is MoneyUnit headingUnit)
        {
            _sheet.Unit ??= headingUnit;
            CloseOpen();
            _context.Consume(n);
            return;
        }
        if (_mode != Mode.Indicators && FundsGrid.IsHeaderLine(tokens, _kind) && GridFollows(n))
        {
            CloseOpen();
            _mode = Mode.Grid;
            _gridHeader.Clear();
            _gridStart = n;
            ReadGridLine(n, tokens);
            return;
        }
        var parsed = LabelledLine.Parse(line.Raw, _kind);
        if (_mode == Mode.Indicators)
        {
            if (!parsed.HasLabels || parsed.Leading.Length > 0)
            {
                ReadIndicatorLine(n, tokens);
                return;
            }
            FlushRow();
            _mode = Mode.Fields;
        }
        ReadFields(n, parsed);
    }

    /// <summary>A lone number under an indicator row still waiting for its weight (not the page number it looks like).</summary>
    private bool IsWrappedWeight(SourceLine line) =>
        _mode == Mode.Indicators && _columns.HasWeight && _row is { IsOpen: true } && AmountParser.TryParse(line.Normalized.Trim(), out _);

    private static bool IsUnitLine(SourceLine line)
    {
        var t = TextNormalizer.RemoveSpaces(line.Normalized);
        return t.StartsWith("单位", StringComparison.Ordinal) || t.StartsWith("金额单位", StringComparison.Ordinal);
    }

    private void ReadFields(int n, LabelledLine parsed)
    {
        if (!parsed.HasLabels)
        {
            if (_openField is Field open) { _sheet.Continue(open, parsed.Leading, n); _context.Consume(n); }
            else if (_openFund is string key && AmountParser.TryParse(parsed.Leading, out var late)) { _sheet.SetFund(key, late, n); _openFund = null; _context.Consume(n); }
            return;
        }
        if (parsed.Leading.Length > 0 && _openField is Field before) _sheet.Continue(before, parsed.Leading, n);
        bool first = true;
        foreach (var segment in parsed.Segments)
        {
            if (first && RepeatsIdentity(segment)) StartSheet(n);
            first = false;
            if (segment.Field is Field field)
            {
                _sheet.Begin(field, segment.Value, n);
                _openField = field;
                _openFund = null;
                continue;
            }
            _openField = null;
            _openFund = null;
            if (segment.Unit is MoneyUnit unit) _sheet.Unit ??= unit;
            if (segment.Value.Length == 0) { _sheet.SetFund(segment.FundKey!, null, n); _openFund = segment.FundKey; }
            else if (AmountParser.TryParse(segment.Value, out var amount)) _sheet.SetFund(segment.FundKey!, amount, n);
            else _context.Report(ExtractionDiagnostics.Skipped(n, segment.Value, $"“{segment.Label}”后不是金额 / the value after {segment.Label} is not an amount"));
        }
        _context.Consume(n);
    }

    /// <summary>An identifying field (name, code, unit, department) printed again: the next sheet has begun.</summary>
    private bool RepeatsIdentity(LabelledSegment segment) =>
        segment.Field is Field.Name or Field.Code or Field.Implementer or Field.Department && _sheet.Has(segment.Field.Value);

    private void ReadIndicatorLine(int n, IReadOnlyList<string> tokens)
    {
        if (_row is not null && _row.StartsNewRow(tokens)) FlushRow();
        _row ??= new IndicatorRow(_columns);
        _row.Add(n, tokens);
        _context.Consume(n);
    }

    private void FlushRow()
    {
        if (_row is null || _row.IsEmpty) { _row = null; return; }
        var indicator = _row.Read(_previousIndicator);
        _sheet.AddIndicator(indicator);
        _previousIndicator = indicator;
        _row = null;
    }

    /// <summary>True when the lines after a money header line are more header lines and then a row of amounts.</summary>
    private bool GridFollows(int n)
    {
        for (int k = n + 1; k < _context.Lines.Count + 1 && k <= n + 8; k++)
        {
            var line = _context.Line(k);
            if (line.IsBlank) continue;
            var tokens = LabelledLine.Tokens(line.Raw);
            if (FundsGrid.IsAmountLine(tokens)) return true;
            if (!FundsGrid.IsHeaderLine(tokens, _kind)) return false;
        }
        return false;
    }

    /// <summary>A header line of the money grid, or its row of amounts (which ends the grid). False when the line is neither.</summary>
    private bool ReadGridLine(int n, IReadOnlyList<string> tokens)
    {
        if (FundsGrid.IsHeaderLine(tokens, _kind) && !FundsGrid.IsAmountLine(tokens))
        {
            _gridHeader.Add(tokens);
            _context.Consume(n);
            return true;
        }
        _mode = Mode.Fields;
        if (!FundsGrid.IsAmountLine(tokens)) return false;
        var grid = FundsGrid.FromHeader(_gridHeader, _kind);
        var amounts = tokens.Select(t => AmountParser.ParseOrNull(t)!.Value).ToList();
        var placement = ColumnPlacer.Place(amounts, grid.Columns.Count, grid.Relations(),
            (a, b) => SameKeys(grid, a, b));
        if (amounts.Count > grid.Columns.Count)
            _context.Report(ExtractionDiagnostics.MissingColumns(n, _context.Line(n).Raw.Trim(), grid.Columns.Count, amounts.Count));
        else if (!placement.ByArithmetic && amounts.Count < grid.Columns.Count || placement.Ambiguous)
            _context.Report(ExtractionDiagnostics.AmbiguousColumn(n, _context.Line(n).Raw.Trim(),
                string.Join("、", placement.Columns.Select(c => grid.Columns[c].Heading))));
        var cells = new decimal?[grid.Columns.Count];
        for (int i = 0; i < placement.Columns.Length; i++) cells[placement.Columns[i]] = amounts[i];
        for (int c = 0; c < grid.Columns.Count; c++)
            if (grid.Columns[c].Key is string key) _sheet.SetFund(key, cells[c], n);
        _context.Consume(n);
        return true;
    }

    /// <summary>Two placements that give the same amounts under the same funds keys (they differ only in columns without a key).</summary>
    private static bool SameKeys(FundsGrid grid, int[] a, int[] b)
    {
        for (int i = 0; i < a.Length; i++)
            if (grid.Columns[a[i]].Key != grid.Columns[b[i]].Key) return false;
        return true;
    }

    private void CloseOpen()
    {
        _openField = null;
        _openFund = null;
    }

    private void StartSheet(int line)
    {
        CloseSheet();
        _sheet = new SheetAssembler(_kind, line) { Unit = _sheet.Unit };
        _mode = Mode.Fields;
        _previousIndicator = null;
    }

    private void CloseSheet()
    {
        FlushRow();
        CloseOpen();
        if (_sheet.HasContent && !_sheets.Contains(_sheet)) _sheets.Add(_sheet);
    }
}
