using System.Text.Json.Nodes;
using BudgetLens.Model;
using BudgetLens.Model.Json;
using BudgetLens.TestSupport;

namespace BudgetLens.Writers.Tests;

/// <summary>Compares an extraction with a gold model in every field but source, locations and diagnostics (measurement.md).</summary>
public static class RoundTrip
{
    public static readonly string[] Seeds = SharedData.SeedNames;

    public static IEnumerable<object[]> SeedCases => Seeds.Select(s => new object[] { s });

    public static BudgetDocument Gold(string seed) =>
        DocumentJson.Deserialize(File.ReadAllText(Path.Combine(SharedData.GoldDir, seed + ".json")))!;

    public static JsonNode GoldNode(string seed) => WithoutLocations(JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.GoldDir, seed + ".json")))!);

    public static List<string> Differences(string seed, BudgetDocument extracted)
    {
        var actual = WithoutLocations(JsonNode.Parse(DocumentJson.Serialize(extracted))!);
        return GoldComparer.Compare(GoldNode(seed), actual);
    }

    private static JsonNode WithoutLocations(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (key is "location" or "valueLocations" or "fundsLocations" or "paragraphLocations") o.Remove(key);
                    else if (o[key] is { } child) WithoutLocations(child);
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) WithoutLocations(item);
                break;
        }
        return node;
    }

    public static string Report(string seed, string leg, List<string> differences) =>
        $"{seed} via {leg}: {differences.Count} differences from gold\n" + string.Join("\n", differences);
}
