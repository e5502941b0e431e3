using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.PlantedDefects;

/// <summary>
/// The numbers of a document that take part in an identity the rules check, with the family meant to catch a change
/// in each: table amounts (SUM), sheet funds with parts (SUM), indicator weights (PT).
/// </summary>
public static class PlantFinder
{
    public static IEnumerable<Plant> Find(BudgetDocument document, TextSource source)
    {
        foreach (var table in document.Tables.Where(t => t.Rows.Count > 1 || t.Rows.Any(r => r.Values.Count > 1)))
        {
            foreach (var row in table.Rows)
            {
                foreach (var (key, value) in row.Values)
                {
                    if (value is not decimal v || v == 0) continue;
                    if (At(source, row.Location, v, "SUM", $"{table.Title} / {row.Code} {row.Name} / {key}") is Plant p) yield return p;
                }
            }
        }
        foreach (var sheet in document.Projects.Concat(document.DepartmentTargets))
        {
            if (sheet.Funds.Count(f => f.Value is not null) >= 2)
            {
                foreach (var (key, value) in sheet.Funds)
                {
                    if (value is not decimal v || v == 0) continue;
                    var where = sheet.FundsLocations?.GetValueOrDefault(key) ?? sheet.Location;
                    if (At(source, where, v, "SUM", $"{sheet.Name} / funds.{key}") is Plant p) yield return p;
                }
            }
            foreach (var indicator in sheet.Indicators)
            {
                if (indicator.Weight is not decimal w || w == 0) continue;
                if (At(source, indicator.Location, w, "PT", $"{sheet.Name} / {indicator.Name} / weight", last: true) is Plant p) yield return p;
            }
        }
    }

    /// <summary>The plant for a value printed within a location's lines: the first line that prints it as a whole token.</summary>
    private static Plant? At(TextSource source, SourceLocation location, decimal value, string family, string what, bool last = false)
    {
        if (location.Line is not int first) return null;
        int end = Math.Min(location.EndLine ?? first, source.Lines.Count);
        var lines = Enumerable.Range(first, end - first + 1);
        foreach (var n in last ? lines.Reverse() : lines)
        {
            var raw = source[n].Raw;
            foreach (var form in PrintedNumbers.Forms(value))
            {
                if (TokenIndex(raw, form) >= 0) return new Plant(family, what, n, form, PrintedNumbers.Changed(form));
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

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',';
}
