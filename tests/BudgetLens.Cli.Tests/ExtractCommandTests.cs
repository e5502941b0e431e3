using System.Text.Json.Nodes;
using BudgetLens.Readers.Text;
using BudgetLens.TestSupport;

namespace BudgetLens.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("budgetlens-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Extracts_a_directory_into_one_json_per_input()
    {
        var seeds = SharedData.SeedsDir;
        var outDir = new DirectoryInfo(Path.Combine(_dir, "out"));
        var (code, _, err) = Run([seeds], outDir);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        foreach (var seed in SharedData.SeedNames)
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir.FullName, seed + ".json")))!;
            Assert.Equal("budget-document/1", (string?)json["schema"]);
            Assert.Equal(seed, (string?)json["source"]!["file"]);
            Assert.Equal(64, ((string?)json["source"]!["sha256"])!.Length);
        }
    }

    [SkippableFact]
    public void A_single_input_without_out_goes_to_stdout()
    {
        var (code, stdout, _) = Run([SharedData.Seed(SharedData.SeedNames[4])], null);
        Assert.Equal(0, code);
        Assert.Equal("budget-document/1", (string?)JsonNode.Parse(stdout)!["schema"]);
    }

    [SkippableFact]
    public void Unreadable_inputs_give_exit_2_and_one_line_each_while_the_others_are_written()
    {
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(empty, []);
        var missing = Path.Combine(_dir, "missing.txt");
        var good = SharedData.Seed(SharedData.SeedNames[0]);
        var outDir = new DirectoryInfo(Path.Combine(_dir, "out"));
        var (code, _, err) = Run([empty, missing, good], outDir);
        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("empty.txt", lines[0]);
        Assert.Contains("missing.txt", lines[1]);
        Assert.DoesNotContain("   at ", err);
        Assert.True(File.Exists(Path.Combine(outDir.FullName, SharedData.SeedNames[0] + ".json")));
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void A_gb18030_copy_extracts_to_the_same_json_but_source(string seed)
    {
        var text = File.ReadAllText(SharedData.Seed(seed));
        var gbPath = Path.Combine(_dir, seed);
        File.WriteAllBytes(gbPath, EncodingDetector.Gb18030.GetBytes(text));
        var utf8 = Extract(SharedData.Seed(seed));
        var gb = Extract(gbPath);
        Assert.Equal("GB18030", (string?)gb["source"]!["encoding"]);
        foreach (var key in new[] { "source", "diagnostics" })
        {
            utf8.Remove(key);
            gb.Remove(key);
        }
        Assert.True(JsonNode.DeepEquals(utf8, gb), "GB18030 copy differs from the UTF-8 seed");
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void A_truncated_seed_still_reports_what_was_readable(string seed)
    {
        var bytes = File.ReadAllBytes(SharedData.Seed(seed));
        var path = Path.Combine(_dir, "truncated-" + seed);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var (code, stdout, err) = Run([path], null);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var json = JsonNode.Parse(stdout)!;
        int found = new[] { "toc", "sections", "tables", "projects", "departmentTargets" }.Sum(k => json[k]!.AsArray().Count);
        Assert.True(found > 0, "nothing extracted from the first half of " + seed);
    }

    public static TheoryData<string> Seeds() => [.. SharedData.SeedNames];

    private JsonObject Extract(string path)
    {
        var (code, stdout, err) = Run([path], null);
        Assert.True(code == 0, err);
        return JsonNode.Parse(stdout)!.AsObject();
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args, DirectoryInfo? outDir)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = ExtractCommand.Run(args, outDir, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
