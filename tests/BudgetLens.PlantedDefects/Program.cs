using System.Globalization;
using BudgetLens.PlantedDefects;

// usage: BudgetLens.PlantedDefects SEED_DIR [--expected DIR] [--markdown FILE]
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: BudgetLens.PlantedDefects SEED_DIR [--markdown FILE]");
    return 2;
}
var seeds = Directory.EnumerateFiles(args[0], "*.txt").Order(StringComparer.Ordinal).ToList();
var results = seeds.AsParallel().AsOrdered().Select(PlantRunner.Run).ToList();
int ex = Array.IndexOf(args, "--expected");
var expectedDir = ex >= 0 && ex + 1 < args.Length ? args[ex + 1] : null;
var report = QualityReport.Markdown(results, expectedDir, string.Join(" ", new[] { "BudgetLens.PlantedDefects" }.Concat(args)));
Console.WriteLine(report);
int md = Array.IndexOf(args, "--markdown");
if (md >= 0 && md + 1 < args.Length) File.WriteAllText(args[md + 1], report);
return 0;

namespace BudgetLens.PlantedDefects
{
    /// <summary>The detection table of docs/quality.md.</summary>
    public static class QualityReport
    {
        public static string Markdown(IReadOnlyList<PlantRunner.SeedResult> results, string? expectedDir, string command)
        {
            var all = results.SelectMany(r => r.Plants).ToList();
            var lines = new List<string>
            {
                "| family | planted | detected | rate |",
                "|---|---|---|---|",
            };
            foreach (var family in all.GroupBy(p => p.Plant.Family).OrderBy(g => g.Key))
            {
                int n = family.Count(), d = family.Count(p => p.Detected);
                lines.Add($"| {family.Key} | {n} | {d} | {(n == 0 ? 0 : 100.0 * d / n).ToString("0.0", CultureInfo.InvariantCulture)} % |");
            }
            lines.Add("");
            lines.Add("| seed | plants | detected | findings on the unmodified seed | of them not in the reviewed expected list (false alarms) |");
            lines.Add("|---|---|---|---|---|");
            foreach (var r in results)
                lines.Add($"| {r.Seed} | {r.Plants.Count} | {r.Plants.Count(p => p.Detected)} | {r.Baseline.Count} | {FalseAlarms(r, expectedDir)} |");
            var missed = all.Where(p => !p.Detected).Take(40).ToList();
            if (missed.Count > 0)
            {
                lines.Add("");
                lines.Add("Missed plants (first 40):");
                lines.Add("");
                foreach (var m in missed)
                    lines.Add($"- line {m.Plant.Line}: {m.Plant.What}: {m.Plant.Printed} → {m.Plant.Replacement} (fired: {(m.RulesThatFired.Count == 0 ? "none" : string.Join(", ", m.RulesThatFired))})");
            }
            lines.Add("");
            lines.Add($"Command: `{command}`");
            return string.Join("\n", lines);
        }

        /// <summary>Findings on the unmodified seed whose (rule, first line) the reviewed expected file does not list.</summary>
        private static string FalseAlarms(PlantRunner.SeedResult r, string? expectedDir)
        {
            var path = expectedDir is null ? null : Path.Combine(expectedDir, r.Seed + ".findings");
            if (path is null || !File.Exists(path)) return "—";
            var expected = File.ReadAllLines(path).Select(l => l.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(p => p.Length == 2).Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
            var unmatched = r.Baseline.Count(f => !expected.Remove((f.Rule, f.FirstLine ?? 0)));
            return unmatched.ToString(CultureInfo.InvariantCulture);
        }
    }
}
