using BenchmarkDotNet.Attributes;
using BudgetLens.Model.Json;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition;

namespace BudgetLens.Benchmarks;

/// <summary>Extraction of each seed, in process: decoding, recognition and JSON writing, as `extract` does it.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private byte[] _bytes = [];

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    public static IEnumerable<string> Seeds() => Directory.Exists(SeedsDir)
        ? Directory.EnumerateFiles(SeedsDir, "*.txt").Select(Path.GetFileName).Order().Cast<string>()
        : [];

    private static string SeedsDir => Environment.GetEnvironmentVariable("BUDGETLENS_SEEDS") ?? Path.Combine(RepoRoot(), "..", "shared", "seeds");

    /// <summary>The folder holding BudgetLens.sln above the running assembly (BenchmarkDotNet runs from a generated folder below it).</summary>
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetLens.sln"))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Path.Combine(SeedsDir, Seed));

    [Benchmark]
    public int Extract()
    {
        var source = TextFileReader.Decode(Seed, _bytes).Value!;
        var document = DocumentExtractor.Default.Extract(source);
        using var sink = new MemoryStream(_bytes.Length * 2);
        DocumentJson.Write(sink, document);
        return (int)sink.Length;
    }
}
