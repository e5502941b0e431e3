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

    /// <summary>
    /// The output, reused between runs as a file stream's buffer would be: a fresh MemoryStream per run grew to twice the
    /// JSON (≈ 4× the input) and its growth alone counted ≈ 14 bytes allocated per input byte.
    /// </summary>
    private readonly MemoryStream _sink = new();

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
    public void Setup()
    {
        _bytes = File.ReadAllBytes(Path.Combine(SeedsDir, Seed));
        _sink.Capacity = _bytes.Length * 8;
    }

    [Benchmark]
    public int Extract()
    {
        var source = TextFileReader.Decode(Seed, _bytes).Value!;
        var document = DocumentExtractor.Default.Extract(source);
        _sink.SetLength(0);
        DocumentJson.Write(_sink, document);
        return (int)_sink.Length;
    }
}
