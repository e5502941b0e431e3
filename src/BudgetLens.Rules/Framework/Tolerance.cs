namespace BudgetLens.Rules.Framework;

/// <summary>
/// The tolerance of rules.md: every printed amount may be off by half a unit of its last printed digit
/// (927.6 → 0.05, 927.60 → 0.005). A decimal keeps the printed scale, so the half unit is read from it.
/// </summary>
public static class Tolerance
{
    public static decimal HalfUnit(decimal printed)
    {
        int scale = (decimal.GetBits(printed)[3] >> 16) & 0xFF;
        decimal unit = 1m;
        for (int i = 0; i < scale; i++) unit /= 10m;
        return unit / 2m;
    }

    /// <summary>The half unit of a printed figure; a blank cell (null) was not rounded and adds nothing.</summary>
    public static decimal HalfUnit(decimal? printed) => printed is decimal d ? HalfUnit(d) : 0m;

    /// <summary>True when a printed total (blank = 0) differs from the sum of printed items (blank = 0) beyond the half units of the printed figures.</summary>
    public static bool SumDiffers(decimal? total, IReadOnlyCollection<decimal?> items) =>
        Math.Abs((total ?? 0m) - items.Sum(i => i ?? 0m)) > HalfUnit(total) + items.Sum(HalfUnit);

    /// <summary>The tolerance of a sum: the half units of every summed item plus the total's own.</summary>
    public static decimal OfSum(decimal total, IEnumerable<decimal> items) => HalfUnit(total) + items.Sum(HalfUnit);

    /// <summary>True when the printed total differs from the sum of the printed items by more than rounding explains.</summary>
    public static bool SumDiffers(decimal total, IReadOnlyCollection<decimal> items) =>
        Math.Abs(total - items.Sum()) > OfSum(total, items);

    /// <summary>True when two figures differ beyond their half units (after conversion to one unit by the caller).</summary>
    public static bool Differs(decimal a, decimal b, decimal halfUnitA, decimal halfUnitB) => Math.Abs(a - b) > halfUnitA + halfUnitB;
}
