using System.Text.Json.Nodes;
using BudgetLens.Model.Json;
using BudgetLens.TestSupport;

namespace BudgetLens.Recognition.Tests;

/// <summary>Each seed's extraction equals its reviewed gold file in every field the gold states.</summary>
public sealed class SeedGoldTests
{
    [SkippableTheory]
    [MemberData(nameof(SeedExtraction.Seeds), MemberType = typeof(SeedExtraction))]
    public void Extraction_matches_gold(string seed)
    {
        SharedData.Require();
        var goldPath = Path.Combine(SharedData.GoldDir, seed + ".json");
        Assert.True(File.Exists(goldPath), $"no gold file {goldPath}");
        var gold = JsonNode.Parse(File.ReadAllText(goldPath));
        var actual = JsonNode.Parse(DocumentJson.Serialize(SeedExtraction.Of(seed)));
        var differences = GoldComparer.Compare(gold, actual);
        Assert.True(differences.Count == 0, $"{seed}: {differences.Count} differences from gold\n" + string.Join("\n", differences));
    }
}
