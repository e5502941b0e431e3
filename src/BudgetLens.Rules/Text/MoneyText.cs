using System.Globalization;
using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Text;

/// <summary>An amount of money written in running text ("92.24万元", "580092.96元"), with its printed scale and position.</summary>
public sealed record TextAmount(decimal Value, MoneyUnit Unit, int Start, int Length)
{
    public decimal Yuan => Value * Unit.Yuan();

    /// <summary>Half a unit of the last printed digit, in 元.</summary>
    public decimal HalfUnitYuan => Tolerance.HalfUnit(Value) * Unit.Yuan();

    public override string ToString() => $"{Amounts.Show(Value)}{Unit.ToChinese()}";
}

/// <summary>A computation written as "a × b × c = r 元" or "(a + b) × c ＝ r 元" whose result is money.</summary>
public sealed record TextEquation(string Expression, decimal ComputedYuan, TextAmount Result, decimal ToleranceYuan)
{
    public bool Agrees => Math.Abs(ComputedYuan - Result.Yuan) <= ToleranceYuan;
}

/// <summary>A numbered part of a cost breakdown ("2.物管费：…=580092.96元") and the amount it comes to (its last amount).</summary>
public sealed record TextCostItem(int Number, string Text, TextAmount? Amount);

/// <summary>What a cost text computes: its equations, its numbered items, the total it states, and the whole it arrives at.</summary>
public sealed record TextComputation(IReadOnlyList<TextEquation> Equations, IReadOnlyList<TextCostItem> Items, TextAmount? StatedTotal, TextAmount? LastResult)
{
    public bool ItemsComplete => Items.Count >= 2 && Items.All(i => i.Amount is not null);

    public decimal ItemsSumYuan => Items.Sum(i => i.Amount?.Yuan ?? 0m);

    /// <summary>The tolerance of Σ items against a total: the half units of every item plus the total's (rules.md).</summary>
    public decimal ItemsToleranceYuan(decimal totalHalfUnitYuan) => totalHalfUnitYuan + Items.Sum(i => i.Amount?.HalfUnitYuan ?? 0m);
}

/// <summary>
/// Reads money arithmetic written in Chinese prose (a 项目概况): amounts in 元/万元 (a rate such as 元/月 is not an amount),
/// "amount × count = result" and "a + b + … = result" equations, numbered cost items (1. 2. 3. …, also 1、) and a closing
/// "合计/共计/总计 X 元" total. General, not tied to one document.
/// </summary>
public static partial class MoneyText
{
    private const string Number = @"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";

    [GeneratedRegex(Number + @"\s*(万元|元)(?![/／每])")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?:合计|共计|总计|总额|总共|共)[^\d，。；;,（(]{0,8}?(" + Number + @")\s*(万元|元)(?![/／每])")]
    private static partial Regex TotalPattern();

    /// <summary>Every amount of money in the text, in order (rates like 4元/平方米 and 11480元/月 excluded).</summary>
    public static IReadOnlyList<TextAmount> Amounts(string text) =>
        AmountPattern().Matches(text).Select(m => ToAmount(m.Value[..^m.Groups[1].Length].Trim(), m.Groups[1].Value, m.Index, m.Length)).ToList();

    public static TextComputation Read(string text)
    {
        var equations = ArithmeticReader.Equations(text);
        var amounts = Amounts(text);
        var markers = ItemMarkers(text);
        var total = StatedTotal(text, amounts, markers);
        int end = total?.Start ?? text.Length;
        var items = new List<TextCostItem>();
        for (int k = 0; k < markers.Count; k++)
        {
            int start = markers[k].Index, stop = k + 1 < markers.Count ? markers[k + 1].Index : end;
            if (stop <= start) break;
            var last = amounts.LastOrDefault(a => a.Start >= start && a.Start + a.Length <= stop);
            items.Add(new TextCostItem(k + 1, text[start..stop], last));
        }
        var lastAmount = amounts.LastOrDefault();
        var lastResult = lastAmount is not null && equations.Any(e => e.Result.Start == lastAmount.Start) ? lastAmount : null;
        return new TextComputation(equations, items, total, lastResult);
    }

    internal static TextAmount ToAmount(string number, string unit, int start, int length) =>
        new(decimal.Parse(number.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture), MoneyUnits.Parse(unit)!.Value, start, length);

    /// <summary>The markers 1. 2. 3. … in sequence: each at the start or after a sentence break; "1." must not run into digits, a later one may ("2.24小时…").</summary>
    private static List<(int Index, int Length)> ItemMarkers(string text)
    {
        var found = new List<(int, int)>();
        int from = 0;
        for (int k = 1; ; k++)
        {
            var m = new Regex(@"(?:^|(?<=[。；;！!？?\s]))" + k + (k == 1 ? @"[.、．](?!\d)" : @"[.、．]")).Match(text, from);
            if (!m.Success) return found;
            found.Add((m.Index, m.Length));
            from = m.Index + m.Length;
        }
    }

    /// <summary>A closing 合计/共计 amount: the text's last amount, in a sentence after the one holding the last item marker.</summary>
    private static TextAmount? StatedTotal(string text, IReadOnlyList<TextAmount> amounts, List<(int Index, int Length)> markers)
    {
        var match = TotalPattern().Matches(text).LastOrDefault();
        if (match is null) return null;
        var group = match.Groups[1];
        var last = amounts.LastOrDefault();
        if (last is null || last.Start != group.Index) return null;
        if (markers.Count > 0)
        {
            int lastMarker = markers[^1].Index;
            if (text.IndexOfAny(['。', '；', ';'], lastMarker) is var brk && (brk < 0 || brk > match.Index)) return null;
        }
        return ToAmount(group.Value, match.Groups[2].Value, match.Index, match.Length);
    }
}
