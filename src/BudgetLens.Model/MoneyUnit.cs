namespace BudgetLens.Model;

/// <summary>The unit an amount is printed in. Amounts are never stored without one.</summary>
public enum MoneyUnit
{
    /// <summary>元</summary>
    Yuan,
    /// <summary>万元</summary>
    TenThousandYuan,
}

public static class MoneyUnits
{
    public static string ToChinese(this MoneyUnit unit) => unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    public static MoneyUnit? Parse(string? text) => text?.Trim() switch
    {
        "元" => MoneyUnit.Yuan,
        "万元" => MoneyUnit.TenThousandYuan,
        _ => null,
    };

    /// <summary>How many yuan one unit holds.</summary>
    public static decimal Yuan(this MoneyUnit unit) => unit == MoneyUnit.Yuan ? 1m : 10000m;
}
