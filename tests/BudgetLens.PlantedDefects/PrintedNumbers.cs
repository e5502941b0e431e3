using System.Globalization;

namespace BudgetLens.PlantedDefects;

/// <summary>How an amount is printed (its scale, thousands separators) and a changed amount printed the same way.</summary>
public static class PrintedNumbers
{
    /// <summary>The printed forms a value may take on a line: 1028.96, 1,028.96.</summary>
    public static IEnumerable<string> Forms(decimal value)
    {
        var plain = value.ToString(CultureInfo.InvariantCulture);
        yield return Grouped(value);
        if (Grouped(value) != plain) yield return plain;
    }

    private static string Grouped(decimal value)
    {
        int scale = Scale(value);
        return value.ToString("#,##0." + new string('0', scale), CultureInfo.InvariantCulture).TrimEnd('.');
    }

    public static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>
    /// The value moved beyond its identities' tolerance: 100 units of its last printed digit (for whole numbers, 10),
    /// or <paramref name="least"/> rounded up to a unit of that digit where that is more.
    /// </summary>
    public static string Changed(string printed, decimal least = 0m)
    {
        var value = decimal.Parse(printed.Replace(",", ""), CultureInfo.InvariantCulture);
        int scale = Scale(value);
        decimal unit = 1m;
        for (int i = 0; i < scale; i++) unit /= 10m;
        decimal delta = Math.Max(scale == 0 ? 10m : unit * 100m, Math.Ceiling(least / unit) * unit);
        var changed = value + delta;
        var format = scale == 0 ? "0" : "0." + new string('0', scale);
        var text = changed.ToString(format, CultureInfo.InvariantCulture);
        return printed.Contains(',') ? changed.ToString("#,##0." + new string('0', scale), CultureInfo.InvariantCulture).TrimEnd('.') : text;
    }
}
