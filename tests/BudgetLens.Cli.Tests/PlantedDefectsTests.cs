using BudgetLens.PlantedDefects;
using BudgetLens.TestSupport;

namespace BudgetLens.Cli.Tests;

/// <summary>
/// Planted defects (measurement.md): one number at a time changed beyond its identities' tolerance in each seed;
/// the intended rule family must report a location covering it in at least 95 % of the plants of every family.
/// </summary>
public sealed class PlantedDefectsTests
{
    [SkippableFact]
    public void Each_family_detects_at_least_95_percent_of_its_plants()
    {
        SharedData.Require();
        var results = SharedData.SeedNames.AsParallel().Select(s => PlantRunner.Run(SharedData.Seed(s))).ToList();
        var plants = results.SelectMany(r => r.Plants).ToList();
        Assert.True(plants.Count > 500, $"only {plants.Count} plants");
        foreach (var family in plants.GroupBy(p => p.Plant.Family))
        {
            double rate = family.Count(p => p.Detected) / (double)family.Count();
            var missed = string.Join("\n", family.Where(p => !p.Detected).Take(10).Select(p => $"line {p.Plant.Line}: {p.Plant.What}"));
            Assert.True(rate >= 0.95, $"{family.Key}: {rate:P1} detected of {family.Count()}\n{missed}");
        }
        Assert.Contains(plants, p => p.Plant.Family == "NAR");
        Assert.Contains(plants, p => p.Plant.Family == "PT");
    }
}
