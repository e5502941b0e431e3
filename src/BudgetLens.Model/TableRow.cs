namespace BudgetLens.Model;

public static class RowRoles
{
    public const string Item = "item";
    public const string Subtotal = "subtotal";
    public const string Total = "total";
    public const string Heading = "heading";
}

public static class RowSides
{
    public const string Income = "income";
    public const string Expenditure = "expenditure";
    public const string ExpenditureUse = "expenditure-use";
}

/// <summary>One printed row of a table. Values are in the table's unit; a printed blank cell is null, an unprinted column absent.</summary>
public sealed record TableRow
{
    public string? Side { get; init; }
    public string? Code { get; init; }
    public string? UnitCode { get; init; }
    public string? Name { get; init; }
    public int? Level { get; init; }
    public string Role { get; init; } = RowRoles.Item;
    /// <summary>Government-procurement rows: 专项/项目名称, 经济科目, 采购物品名称, 采购组织形式.</summary>
    public string? Project { get; init; }
    public string? EconomicItem { get; init; }
    public string? Item { get; init; }
    public string? Method { get; init; }
    /// <summary>The block heading of an income list printed down the page.</summary>
    public string? Group { get; init; }
    public IReadOnlyDictionary<string, decimal?> Values { get; init; } = new Dictionary<string, decimal?>();
    public SourceLocation Location { get; init; } = new();
    public IReadOnlyDictionary<string, SourceLocation>? ValueLocations { get; init; }
}
