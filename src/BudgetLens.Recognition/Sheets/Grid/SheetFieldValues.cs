using BudgetLens.Model;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>The field and money values a sheet prints, as they are found; a field printed twice keeps the first.</summary>
internal sealed class SheetFieldValues
{
    private static readonly SheetFieldLabels.Field[] TextFields =
        [SheetFieldLabels.Field.Goal, SheetFieldLabels.Field.Overview, SheetFieldLabels.Field.Basis, SheetFieldLabels.Field.Schedule];

    private readonly Dictionary<SheetFieldLabels.Field, string> _fields = [];
    private readonly Dictionary<string, decimal?> _funds = [];

    public MoneyUnit? Unit { get; set; }

    public IReadOnlyDictionary<string, decimal?> Funds => _funds;

    public string? this[SheetFieldLabels.Field field] => _fields.GetValueOrDefault(field);

    /// <summary>
    /// Sets a field; a long text continued in the row below (its label cell merged) is appended. Returns the value
    /// kept before when the field was already printed with another value (a duplicate to report), else null.
    /// </summary>
    public string? SetField(SheetFieldLabels.Field field, string value, bool continuation)
    {
        if (!_fields.TryGetValue(field, out var first))
        {
            _fields[field] = value;
            return null;
        }
        if (continuation && TextFields.Contains(field))
        {
            _fields[field] = first + value;
            return null;
        }
        return first == value ? null : first;
    }

    /// <summary>Sets a money value; returns the value kept before when it was already printed with another one.</summary>
    public decimal? SetFund(string key, decimal? value, out bool duplicate)
    {
        duplicate = false;
        if (!_funds.TryGetValue(key, out var first))
        {
            _funds[key] = value;
            return null;
        }
        duplicate = first != value;
        return first;
    }
}
