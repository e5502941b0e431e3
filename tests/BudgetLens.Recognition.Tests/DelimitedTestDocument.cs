using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>Extracts a hand-written snippet (tabs written as →) with the default recognisers.</summary>
internal static class DelimitedTestDocument
{
    public static BudgetDocument Extract(params string[] lines) =>
        DocumentExtractor.Default.Extract(TextSource.FromString("snippet.txt", string.Join("\n", lines).Replace('→', '\t')));

    public static void AssertAllLinesRecognised(BudgetDocument doc) =>
        Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "EXT0001");
}
