using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.TestSupport;

namespace BudgetLens.Recognition.Tests;

/// <summary>Extracts each seed once per test run.</summary>
internal static class SeedExtraction
{
    private static readonly Dictionary<string, BudgetDocument> Cache = [];

    public static BudgetDocument Of(string seed)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(seed, out var doc)) return doc;
            var outcome = new TextFileReader().Read(SharedData.Seed(seed));
            Assert.True(outcome.Succeeded, outcome.Failure?.Message);
            doc = DocumentExtractor.Default.Extract(outcome.Value!);
            Cache[seed] = doc;
            return doc;
        }
    }

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var s in SharedData.SeedNames) data.Add(s);
        return data;
    }
}
