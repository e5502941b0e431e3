using System.Text.Json.Nodes;
using BudgetLens.Model.Json;
using BudgetLens.Readers.Pdf;
using BudgetLens.Recognition;
using BudgetLens.TestSupport;

namespace BudgetLens.Readers.Pdf.Tests;

/// <summary>The development PDFs of ../shared/corpus/jiangsu-pdf against their reviewed gold (tests/gold/pdf); skipped visibly when the corpus is missing.</summary>
public sealed class JiangsuGoldTests
{
    public static TheoryData<string> Golds() => new(Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "tests", "gold", "pdf"), "*.pdf.json").Select(Path.GetFileName)!);

    [SkippableTheory]
    [MemberData(nameof(Golds))]
    public void Extraction_equals_the_gold(string goldName)
    {
        var pdf = Path.Combine(SharedData.Require(), "corpus", "jiangsu-pdf", goldName[..^".json".Length]);
        Skip.IfNot(File.Exists(pdf), $"{pdf} is missing: test skipped");
        var outcome = new PdfTextReader().Read(pdf);
        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        var document = DocumentExtractor.Default.Extract(outcome.Value!);
        Assert.DoesNotContain(document.Diagnostics, d => d.Id == "EXT0001");
        var actual = JsonNode.Parse(DocumentJson.Serialize(document));
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "tests", "gold", "pdf", goldName)));
        var differences = GoldComparer.Compare(gold, actual);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
