using System.Globalization;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Text;

/// <summary>
/// Finds "expression = result" in Chinese prose and evaluates the expression: numbers with their units
/// ("15元/午餐", "22.5天", "264人"), × * ＊ ✕ and + ＋, parentheses （ ） ( ), = ＝. Only equations whose result is money
/// (元/万元) are returned. A factor with a money unit (元/月, 万元) gives the product its unit; without one the result's unit
/// is assumed. Tolerance: the result's half unit plus the half units of summed figures (propagated through products).
/// </summary>
internal static class ArithmeticReader
{
    private enum Kind { Number, Plus, Times, Open, Close, Equals, Other }

    private sealed record Token(Kind Kind, int Start, int End, decimal Value = 0m, string Unit = "");

    private readonly record struct Value(decimal Amount, MoneyUnit? Unit, decimal Tolerance);

    private const string Stops = "，。；;,：:、.！!？?“”\"'《》【】";

    public static IReadOnlyList<TextEquation> Equations(string text)
    {
        var tokens = Tokenize(text);
        var result = new List<TextEquation>();
        for (int e = 1; e + 1 < tokens.Count; e++)
        {
            if (tokens[e].Kind != Kind.Equals || tokens[e + 1] is not { Kind: Kind.Number } right) continue;
            if (MoneyOf(right.Unit, exact: true) is not MoneyUnit unit) continue;
            int s = e;
            while (s > 0 && tokens[s - 1].Kind is Kind.Number or Kind.Plus or Kind.Times or Kind.Open or Kind.Close) s--;
            while (s < e && tokens[s].Kind is Kind.Plus or Kind.Times or Kind.Close) s++;
            var expression = tokens.GetRange(s, e - s);
            if (!expression.Any(t => t.Kind is Kind.Plus or Kind.Times)) continue;
            int pos = 0;
            var value = Sum(expression, ref pos);
            if (value is not Value v || pos != expression.Count) continue;
            var resultAmount = new TextAmount(right.Value, unit, right.Start, right.End - right.Start);
            var valueUnit = v.Unit ?? unit;
            result.Add(new TextEquation(text[expression[0].Start..expression[^1].End], v.Amount * valueUnit.Yuan(), resultAmount,
                resultAmount.HalfUnitYuan + v.Tolerance * valueUnit.Yuan()));
        }
        return result;
    }

    private static MoneyUnit? MoneyOf(string unit, bool exact)
    {
        if (exact) return MoneyUnits.Parse(unit);
        if (unit.StartsWith("万元", StringComparison.Ordinal)) return MoneyUnit.TenThousandYuan;
        return unit.StartsWith('元') ? MoneyUnit.Yuan : null;
    }

    private static Value? Sum(List<Token> t, ref int pos)
    {
        var terms = new List<Value>();
        while (true)
        {
            bool leaf = pos < t.Count && t[pos].Kind == Kind.Number && (pos + 1 >= t.Count || t[pos + 1].Kind != Kind.Times);
            if (Product(t, ref pos) is not Value term) return null;
            terms.Add(leaf ? term with { Tolerance = Tolerance.HalfUnit(term.Amount) } : term);
            if (pos < t.Count && t[pos].Kind == Kind.Plus) { pos++; continue; }
            break;
        }
        if (terms.Count == 1) return terms[0];
        var units = terms.Select(x => x.Unit).OfType<MoneyUnit>().Distinct().ToList();
        if (units.Count <= 1) return new Value(terms.Sum(x => x.Amount), units.Count == 1 ? units[0] : null, terms.Sum(x => x.Tolerance));
        if (terms.Any(x => x.Unit is null)) return null;
        return new Value(terms.Sum(x => x.Amount * x.Unit!.Value.Yuan()), MoneyUnit.Yuan, terms.Sum(x => x.Tolerance * x.Unit!.Value.Yuan()));
    }

    private static Value? Product(List<Token> t, ref int pos)
    {
        if (Factor(t, ref pos) is not Value acc) return null;
        while (pos < t.Count && t[pos].Kind == Kind.Times)
        {
            pos++;
            if (Factor(t, ref pos) is not Value f) return null;
            if (acc.Unit is not null && f.Unit is not null) return null;
            acc = new Value(acc.Amount * f.Amount, acc.Unit ?? f.Unit, acc.Tolerance * Math.Abs(f.Amount) + f.Tolerance * Math.Abs(acc.Amount));
        }
        return acc;
    }

    private static Value? Factor(List<Token> t, ref int pos)
    {
        if (pos >= t.Count) return null;
        var token = t[pos];
        if (token.Kind == Kind.Number)
        {
            pos++;
            return new Value(token.Value, MoneyOf(token.Unit, exact: false), 0m);
        }
        if (token.Kind != Kind.Open) return null;
        pos++;
        var inner = Sum(t, ref pos);
        if (inner is null || pos >= t.Count || t[pos].Kind != Kind.Close) return null;
        pos++;
        return inner;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) { tokens.Add(ReadNumber(text, ref i)); continue; }
            var kind = c switch
            {
                '+' or '＋' => Kind.Plus,
                '*' or '＊' or '×' or '✕' => Kind.Times,
                '(' or '（' => Kind.Open,
                ')' or '）' => Kind.Close,
                '=' or '＝' => Kind.Equals,
                _ => Kind.Other,
            };
            if (!char.IsWhiteSpace(c)) tokens.Add(new Token(kind, i, i + 1));
            i++;
        }
        return tokens;
    }

    private static Token ReadNumber(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ',' && IsThousands(text, i))) i++;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        var value = decimal.Parse(text[start..i].Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);
        int end = i;
        while (i < text.Length && text[i] == ' ') i++;
        int unitStart = i;
        while (i < text.Length && i - unitStart < 6 && !char.IsAsciiDigit(text[i]) && !char.IsWhiteSpace(text[i]) && !Stops.Contains(text[i])
               && text[i] is not ('+' or '＋' or '*' or '＊' or '×' or '✕' or '(' or '（' or ')' or '）' or '=' or '＝')) i++;
        if (i == unitStart) i = end;
        return new Token(Kind.Number, start, i, value, text[unitStart..i]);
    }

    private static bool IsThousands(string text, int comma) =>
        comma + 3 < text.Length && char.IsAsciiDigit(text[comma + 1]) && char.IsAsciiDigit(text[comma + 2]) && char.IsAsciiDigit(text[comma + 3])
        && (comma + 4 >= text.Length || !char.IsAsciiDigit(text[comma + 4]));
}
