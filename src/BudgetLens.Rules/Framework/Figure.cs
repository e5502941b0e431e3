using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>A printed number a rule compares: its value (blank = null), what it is, where it stands, and its unit where known.</summary>
public sealed record Figure(decimal? Value, string Label, string? Column, SourceLocation? Location, string? Table = null, MoneyUnit? Unit = null)
{
    /// <summary>A blank cell counts as 0 when compared (rules.md "Scope").</summary>
    public decimal Amount => Value ?? 0m;

    /// <summary>Half a unit of the last printed digit; a blank cell is an exact 0 and adds no tolerance.</summary>
    public decimal HalfUnit => Value is decimal v ? Tolerance.HalfUnit(v) : 0m;

    public static Figure Of(Table table, TableRow row, string key) =>
        new(row.Values.GetValueOrDefault(key), RowLabel(row), key, row.ValueLocations?.GetValueOrDefault(key) ?? row.Location, table.Title, table.Unit);

    public static string RowLabel(TableRow row) => string.Join(" ", new[] { row.Code, row.Name }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } s ? s : "(无名称行)";

    public FindingLocation ToLocation() => FindingLocation.At(Location, Table, Label, Column, Value);
}
