using System.Text.Json.Nodes;
using BudgetLens.Model.Json;
using BudgetLens.Recognition.Tables;
using BudgetLens.TestSupport;

namespace BudgetLens.Recognition.Tests;

/// <summary>
/// The spaced-text seed's standard tables alone (its target sheets belong to the sheet recognisers): every table field
/// equals the gold, and every line before the first target sheet is recognised.
/// </summary>
public sealed class SpacedSeedTablesTests
{
    private const string Seed = "001_4b29db79fe335f54.txt";

    [SkippableFact]
    public void Tables_match_gold()
    {
        SharedData.Require();
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.GoldDir, Seed + ".json")))!;
        var actual = JsonNode.Parse(DocumentJson.Serialize(SeedExtraction.Of(Seed)))!;
        var differences = GoldComparer.Compare(gold["tables"], actual["tables"]);
        differences.AddRange(GoldComparer.Compare(gold["issuer"], actual["issuer"]));
        differences.AddRange(GoldComparer.Compare(gold["year"], actual["year"]));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [SkippableFact]
    public void Every_table_line_is_recognised()
    {
        SharedData.Require();
        var lines = File.ReadAllLines(SharedData.Seed(Seed));
        int firstSheet = Array.FindIndex(lines, l => TitleClassifier.Classify(l) is { } kind && TableKinds.IsSheet(kind)) + 1;
        Assert.True(firstSheet > 0);
        var doc = SeedExtraction.Of(Seed);
        var unrecognised = doc.Diagnostics.Where(d => d.Id == "EXT0001" && d.Location!.Line < firstSheet).ToList();
        Assert.True(unrecognised.Count == 0, string.Join("\n", unrecognised.Select(d => $"{d.Location?.Line}: {d.Text}")));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0002" && d.Location!.Line < firstSheet);
    }
}
