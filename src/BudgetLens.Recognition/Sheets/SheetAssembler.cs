using System.Text;
using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;
using Field = BudgetLens.Recognition.Sheets.SheetFieldLabels.Field;

namespace BudgetLens.Recognition.Sheets;

/// <summary>
/// Collects what a reader found on one target sheet — labelled fields, money under its funds keys, indicators — and
/// builds the <see cref="TargetSheet"/>. Layout-neutral: the space-separated, Markdown and tab readers can all feed it.
/// A field printed twice keeps its first value (the second goes into a diagnostic); wrapped parts of a text are
/// joined with no separator; a label printed with a blank value gives null.
/// </summary>
public sealed class SheetAssembler
{
    private readonly Dictionary<Field, StringBuilder> _fields = [];
    private readonly Dictionary<Field, int> _fieldLines = [];
    private readonly Dictionary<string, decimal?> _funds = [];
    private readonly Dictionary<string, SourceLocation> _fundsLocations = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private Field? _duplicate;

    public SheetAssembler(SheetFundLabels.SheetKind kind, int startLine)
    {
        Kind = kind;
        StartLine = startLine;
        EndLine = startLine;
    }

    public SheetFundLabels.SheetKind Kind { get; }
    public int StartLine { get; }
    /// <summary>The last line that gave the sheet content (a field, an amount, an indicator).</summary>
    public int EndLine { get; private set; }
    public MoneyUnit? Unit { get; set; }
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;
    public IReadOnlyList<Indicator> Indicators => _indicators;
    public bool HasContent => _fields.Count > 0 || _funds.Count > 0 || _indicators.Count > 0;

    public bool Has(Field field) => _fields.ContainsKey(field);

    public bool HasFund(string key) => _funds.ContainsKey(key);

    /// <summary>Starts a field with the value printed after its label (possibly blank). Returns false when the field was already set.</summary>
    public bool Begin(Field field, string value, int line)
    {
        if (_fields.TryGetValue(field, out var existing))
        {
            var clean = Clean(value);
            if (clean.Length > 0 && clean != existing.ToString())
                _diagnostics.Add(ExtractionDiagnostics.DuplicateField(line, field.ToString(), existing.ToString(), clean));
            _duplicate = field;
            return false;
        }
        _duplicate = null;
        _fields[field] = new StringBuilder(Clean(value));
        _fieldLines[field] = line;
        Touch(line);
        return true;
    }

    /// <summary>Appends a wrapped continuation of a field's value (no separator).</summary>
    public void Continue(Field field, string fragment, int line)
    {
        if (_duplicate == field) return;
        if (!_fields.TryGetValue(field, out var sb)) { Begin(field, fragment, line); return; }
        sb.Append(Clean(fragment));
        Touch(line);
    }

    /// <summary>An amount under a funds key; the first printing wins. A null amount is a printed blank cell.</summary>
    public void SetFund(string key, decimal? amount, int line)
    {
        Touch(line);
        if (_funds.TryGetValue(key, out var existing))
        {
            if (existing is null && amount is not null) _funds[key] = amount;
            return;
        }
        _funds[key] = amount;
        _fundsLocations[key] = SourceLocation.AtLine(line);
    }

    public void AddIndicator(Indicator indicator)
    {
        _indicators.Add(indicator);
        if (indicator.Location.EndLine is int end) Touch(end);
    }

    private void Touch(int line)
    {
        if (line > EndLine) EndLine = line;
    }

    public TargetSheet Build()
    {
        string? name = Value(Field.Name);
        string? department = Value(Field.Department);
        if (Kind == SheetFundLabels.SheetKind.Department) name ??= department ?? Value(Field.Implementer);
        return new TargetSheet
        {
            Name = name,
            Code = Value(Field.Code),
            Category = Value(Field.Category),
            Department = department,
            Implementer = Value(Field.Implementer),
            Unit = Unit,
            Funds = new Dictionary<string, decimal?>(_funds),
            FundsLocations = _fundsLocations.Count == 0 ? null : new Dictionary<string, SourceLocation>(_fundsLocations),
            Goal = Value(Field.Goal),
            Overview = Value(Field.Overview),
            Basis = Value(Field.Basis),
            Schedule = Value(Field.Schedule),
            Contact = Value(Field.Contact),
            Phone = Value(Field.Phone),
            Indicators = [.. _indicators],
            Location = SourceLocation.Lines(StartLine, EndLine),
        };
    }

    private string? Value(Field field) =>
        _fields.TryGetValue(field, out var sb) && sb.Length > 0 ? sb.ToString().Trim() : null;

    /// <summary>No-break and ideographic spaces as plain spaces, runs of spaces as one, trimmed.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var ch = c is '\u00A0' or '\u3000' or '\t' ? ' ' : c;
            if (ch == ' ' && sb.Length > 0 && sb[^1] == ' ') continue;
            sb.Append(ch);
        }
        return sb.ToString().Trim();
    }
}
