using System.Text.Json.Nodes;

namespace BudgetLens.TestSupport;

/// <summary>
/// Compares an extraction with its gold file field by field and lists every difference with its JSON path.
/// Objects must have the same keys (absent and null differ), except location objects (location, and each of
/// paragraphLocations), where only the keys the
/// gold states are compared, and the keys in <see cref="Ignored"/>, which the gold does not carry.
/// Numbers compare as decimals (0.10 equals 0.1).
/// </summary>
public static class GoldComparer
{
    public static readonly HashSet<string> Ignored = ["source", "diagnostics", "valueLocations", "fundsLocations", "scope"];

    private static readonly HashSet<string> LocationKeys = ["location", "paragraphLocations"];

    public static List<string> Compare(JsonNode? gold, JsonNode? actual, int max = 200)
    {
        var differences = new List<string>();
        Walk("$", gold, actual, differences, max, partial: false);
        return differences;
    }

    private static void Walk(string path, JsonNode? gold, JsonNode? actual, List<string> diffs, int max, bool partial)
    {
        if (diffs.Count >= max) return;
        switch (gold)
        {
            case null:
                if (actual is not null) diffs.Add($"{path}: gold null, got {Show(actual)}");
                return;
            case JsonObject g when actual is JsonObject a:
                foreach (var (key, value) in g)
                {
                    if (Ignored.Contains(key)) continue;
                    if (!a.ContainsKey(key)) { diffs.Add($"{path}.{key}: missing (gold {Show(value)})"); continue; }
                    Walk($"{path}.{key}", value, a[key], diffs, max, LocationKeys.Contains(key));
                }
                if (partial) return;
                foreach (var (key, value) in a)
                {
                    if (Ignored.Contains(key) || g.ContainsKey(key)) continue;
                    if (value is null && !IsValuesPath(path)) continue; // an unprinted fixed field written as null
                    diffs.Add($"{path}.{key}: not in gold, got {Show(value)}");
                }
                return;
            case JsonArray g when actual is JsonArray a:
                if (g.Count != a.Count) diffs.Add($"{path}: gold has {g.Count} items, got {a.Count}");
                for (int i = 0; i < Math.Min(g.Count, a.Count); i++) Walk($"{path}[{i}]", g[i], a[i], diffs, max, partial); // the items of a list of locations are locations
                return;
            case JsonValue g when actual is JsonValue a:
                if (!SameValue(g, a)) diffs.Add($"{path}: gold {Show(g)}, got {Show(a)}");
                return;
            default:
                diffs.Add($"{path}: gold {Show(gold)}, got {Show(actual)}");
                return;
        }
    }

    private static bool IsValuesPath(string path) => path.EndsWith(".values", StringComparison.Ordinal) || path.EndsWith(".funds", StringComparison.Ordinal);

    private static bool SameValue(JsonValue g, JsonValue a)
    {
        if (g.TryGetValue<decimal>(out var gd) && a.TryGetValue<decimal>(out var ad)) return gd == ad;
        return JsonNode.DeepEquals(g, a);
    }

    private static string Show(JsonNode? node) => node is null ? "null" : Truncate(node.ToJsonString());

    private static string Truncate(string s) => s.Length > 120 ? s[..117] + "..." : s;
}
