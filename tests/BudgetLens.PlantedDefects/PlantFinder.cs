using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Narrative;

namespace BudgetLens.PlantedDefects;

/// <summary>
/// The numbers of a document that take part in an identity the rules check, with the family meant to catch a change
/// in each: table amounts (SUM), sheet funds with parts (SUM), indicator weights (PT), narrative amounts that a table
/// states too or that are stated with their parts (NAR). Each change is at least twice the tolerance of the identities
/// the number takes part in (measurement.md): twice the half units of every figure of its table, sheet or paragraph.
/// </summary>
public static class PlantFinder
{
    public static IEnumerable<Plant> Find(BudgetDocument document, TextSource source)
    {
        foreach (var table in document.Tables.Where(t => t.Rows.Count > 1 || t.Rows.Any(r => r.Values.Count > 1)))
        {
            decimal least = 2 * table.Rows.SelectMany(r => r.Values.Values).Sum(Tolerance.HalfUnit);
            foreach (var row in table.Rows)
            {
                foreach (var (key, value) in row.Values)
                {
                    if (value is not decimal v || v == 0) continue;
                    if (At(source, row.Location, v, "SUM", $"{table.Title} / {row.Code} {row.Name} / {key}", least) is Plant p) yield return p;
                }
            }
        }
        foreach (var sheet in document.Projects.Concat(document.DepartmentTargets))
        {
            if (sheet.Funds.Count(f => f.Value is not null) >= 2)
            {
                decimal least = 2 * sheet.Funds.Values.Sum(Tolerance.HalfUnit);
                foreach (var (key, value) in sheet.Funds)
                {
                    if (value is not decimal v || v == 0) continue;
                    var where = sheet.FundsLocations?.GetValueOrDefault(key) ?? sheet.Location;
                    if (At(source, where, v, "SUM", $"{sheet.Name} / funds.{key}", least) is Plant p) yield return p;
                }
            }
            foreach (var indicator in sheet.Indicators)
            {
                if (indicator.Weight is not decimal w || w == 0) continue;
                if (At(source, indicator.Location, w, "PT", $"{sheet.Name} / {indicator.Name} / weight", 0m, last: true) is Plant p) yield return p;
            }
        }
        foreach (var plant in Narrative(document, source)) yield return plant;
    }

    /// <summary>Narrative amounts in an identity: stated by a table of the same scope, stated with their parts, or a part of such a whole.</summary>
    private static IEnumerable<Plant> Narrative(BudgetDocument document, TextSource source)
    {
        var context = new RuleContext(document);
        foreach (var s in NarrativeReader.Flatten(NarrativeReader.Read(document)))
        {
            if (s.Amount is not StatedNumber amount || amount.Value == 0) continue;
            bool hasParts = s.Breakdowns.Any(b => !b.Uncertain && b.Items.Count(i => i.Amount is not null) >= 2);
            bool isPart = s.Parent is { Amount: not null } parent && parent.Breakdowns.Any(b => !b.Uncertain && b.Items.Contains(s) && b.Items.Count(i => i.Amount is not null) >= 2);
            bool inTables = NarrativeTableValues.Of(context, s).Any();
            if (!hasParts && !isPart && !inTables) continue;
            var related = new[] { s, s.Parent }.Where(x => x is not null).Cast<NarrativeStatement>()
                .SelectMany(x => x.Breakdowns.SelectMany(b => b.Items).Append(x)).Select(x => x.Amount).Where(a => a is not null).Cast<StatedNumber>().Distinct();
            decimal least = 2 * (related.Sum(a => a.HalfUnitInYuan) + 0.005m * (amount.Unit?.Yuan() ?? 1m)) / (amount.Unit?.Yuan() ?? 1m);
            if (At(source, amount.Location, amount.Value, "NAR", $"{s.Section.Heading} / {s.Name}", least) is Plant p) yield return p;
        }
    }

    /// <summary>The plant for a value printed within a location's lines: the first line that prints it as a whole token.</summary>
    private static Plant? At(TextSource source, SourceLocation location, decimal value, string family, string what, decimal least, bool last = false)
    {
        if (location.Line is not int first) return null;
        int end = Math.Min(location.EndLine ?? first, source.Lines.Count);
        var lines = Enumerable.Range(first, end - first + 1);
        foreach (var n in last ? lines.Reverse() : lines)
        {
            var raw = source[n].Raw;
            foreach (var form in PrintedNumbers.Forms(value))
            {
                int at = last ? LastTokenIndex(raw, form) : TokenIndex(raw, form);
                if (at >= 0) return new Plant(family, what, n, form, PrintedNumbers.Changed(form, least)) { Offset = at };
            }
        }
        return null;
    }

    /// <summary>The index of <paramref name="token"/> in <paramref name="line"/> standing alone (not inside a longer number or code).</summary>
    public static int TokenIndex(string line, string token)
    {
        for (int at = line.IndexOf(token, StringComparison.Ordinal); at >= 0; at = line.IndexOf(token, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !IsNumberChar(line[at - 1]);
            bool after = at + token.Length >= line.Length || !IsNumberChar(line[at + token.Length]);
            if (before && after) return at;
        }
        return -1;
    }

    /// <summary>The last standalone occurrence (a weight printed after a target value of the same number: ≥ 10 人数 10).</summary>
    public static int LastTokenIndex(string line, string token)
    {
        int found = -1;
        for (int at = TokenIndex(line, token); at >= 0; at = NextTokenIndex(line, token, at + 1)) found = at;
        return found;
    }

    private static int NextTokenIndex(string line, string token, int from)
    {
        int at = TokenIndex(line[from..], token);
        return at < 0 ? -1 : at + from;
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',';
}
