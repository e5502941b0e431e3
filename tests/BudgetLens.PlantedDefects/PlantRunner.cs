using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition;
using BudgetLens.Rules;
using BudgetLens.Rules.Framework;

namespace BudgetLens.PlantedDefects;

/// <summary>Plants each defect into a copy of the text, extracts and checks it, and says whether the intended family found it.</summary>
public static class PlantRunner
{
    public sealed record SeedResult(string Seed, IReadOnlyList<PlantResult> Plants, IReadOnlyList<Finding> Baseline);

    public static SeedResult Run(string path)
    {
        var source = new TextFileReader().Read(path).Value ?? throw new InvalidOperationException($"cannot read {path}");
        var checker = new Checker(RuleCatalog.All);
        var document = DocumentExtractor.Default.Extract(source);
        var baseline = checker.Check(document).Findings;
        var results = new List<PlantResult>();
        foreach (var plant in PlantFinder.Find(document, source))
        {
            var planted = Replace(source, plant);
            var findings = checker.Check(DocumentExtractor.Default.Extract(planted)).Findings;
            // a finding the unmodified document already had (same rule, same message) does not count
            var fired = findings.Where(f => Covers(f, plant.Line) && !baseline.Any(b => b.Rule == f.Rule && b.Message == f.Message))
                .Select(f => f.Rule).Distinct().Order().ToList();
            results.Add(new PlantResult(plant, fired.Any(r => r.StartsWith(plant.Family, StringComparison.Ordinal)), fired));
        }
        return new SeedResult(Path.GetFileName(path), results, baseline);
    }

    private static bool Covers(Finding finding, int line) =>
        finding.Locations.Any(l => l.Line is int first && first <= line && line <= (l.EndLine ?? first));

    private static TextSource Replace(TextSource source, Plant plant)
    {
        var lines = source.Lines.Select(l =>
        {
            if (l.Number != plant.Line) return l;
            int at = plant.Offset;
            return new SourceLine(l.Number, l.Raw[..at] + plant.Replacement + l.Raw[(at + plant.Printed.Length)..], l.Origin);
        }).ToList();
        return new TextSource(source.FileName, source.EncodingName, null, lines, [], source.Format);
    }
}
