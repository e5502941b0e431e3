using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Tests;

public sealed class ToleranceTests
{
    [Theory]
    [InlineData("927.6", "0.05")]
    [InlineData("927.60", "0.005")]
    [InlineData("2167673", "0.5")]
    [InlineData("0.10", "0.005")]
    public void Half_unit_of_the_last_printed_digit(string printed, string half) =>
        Assert.Equal(decimal.Parse(half, System.Globalization.CultureInfo.InvariantCulture), Tolerance.HalfUnit(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_cent_over_many_items_is_rounding()
    {
        // 000: 24 projects sum to 479,772.68 against a printed 479,772.67.
        var items = Enumerable.Repeat(0.01m, 23).Append(479772.45m).ToList();
        Assert.Equal(479772.68m, items.Sum());
        Assert.False(Tolerance.SumDiffers(479772.67m, items));
    }

    [Fact]
    public void A_difference_beyond_the_half_units_is_a_finding()
    {
        Assert.True(Tolerance.SumDiffers(927.60m, [925.60m]));
        Assert.False(Tolerance.SumDiffers(927.6m, [334.61m, 592.99m]));
    }
}
