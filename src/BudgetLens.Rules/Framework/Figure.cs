using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>A printed number a rule compares: its value (blank = null), what it is, and where it stands.</summary>
public sealed record Figure(decimal? Value, string Label, string? Column, SourceLocation? Location, string? Table = null)
{
    /// <summary>A blank cell counts as 0 when compared (rules.md "Scope").</summary>
    public decimal Amount => Value ?? 0m;

    public static Figure Of(Table table, TableRow row, string key) =>
        new(row.Values.GetValueOrDefault(key), RowLabel(row), key, row.ValueLocations?.GetValueOrDefault(key) ?? row.Location, table.Title);

    public static string RowLabel(TableRow row) => string.Join(" ", new[] { row.Code, row.Name }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } s ? s : "(无名称行)";

    public FindingLocation ToLocation() => FindingLocation.At(Location, Table, Label, Column, Value);
}
