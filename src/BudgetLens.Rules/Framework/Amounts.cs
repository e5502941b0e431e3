using System.Globalization;

namespace BudgetLens.Rules.Framework;

/// <summary>Formats amounts as printed (a decimal keeps its printed scale) and differences with the scale of the figures.</summary>
public static class Amounts
{
    public static string Show(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "空";

    public static string Delta(decimal a, decimal b)
    {
        var d = Math.Abs(a - b);
        return d.ToString(CultureInfo.InvariantCulture);
    }
}
