using System.Text.Json.Nodes;
using BudgetLens.Model;
using BudgetLens.Model.Json;

namespace BudgetLens.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("budgetlens-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A document JSON whose 201 row differs from its 款 by 2.00 (a SUM001 error).</summary>
    private string DefectiveDocument()
    {
        var doc = new BudgetDocument
        {
            Source = new SourceInfo("defect.txt", null, SourceFormats.Text),
            Tables =
            [
                new Table
                {
                    Kind = "general-budget-expenditure", Title = "一般公共预算支出表", Unit = MoneyUnit.TenThousandYuan,
                    Rows =
                    [
                        new TableRow { Code = "201", Name = "一般公共服务支出", Level = 1, Values = new Dictionary<string, decimal?> { ["total"] = 927.60m }, Location = SourceLocation.AtLine(5) },
                        new TableRow { Code = "20103", Name = "政府办公厅（室）及相关机构事务", Level = 2, Values = new Dictionary<string, decimal?> { ["total"] = 925.60m }, Location = SourceLocation.AtLine(6) },
                    ],
                },
            ],
        };
        var path = Path.Combine(_dir, "defect.txt.json");
        File.WriteAllText(path, DocumentJson.Serialize(doc));
        return path;
    }

    private static (int Code, string Out, string Err) Run(string[] inputs, string format = "text", string failOn = "error", string? rules = null, string? outFile = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var settings = new CheckCommand.Settings(inputs, format, outFile is null ? null : new FileInfo(outFile), Enum.Parse<FailOn>(failOn, true), rules, English: false, Interactive: false);
        return (CheckCommand.Run(settings, stdout, stderr), stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_finding_at_or_above_fail_on_exits_1()
    {
        var path = DefectiveDocument();
        Assert.Equal(1, Run([path]).Code);
        Assert.Equal(1, Run([path], failOn: "warning").Code);
        Assert.Equal(0, Run([path], failOn: "never").Code);
    }

    [Fact]
    public void The_text_report_explains_the_finding()
    {
        var (_, output, _) = Run([DefectiveDocument()]);
        Assert.Contains("SUM001", output);
        Assert.Contains("927.60 ≠ Σ款 925.60（Δ 2.00）", output);
        Assert.Contains("第 5 行", output);
    }

    [Fact]
    public void Json_and_sarif_reports_go_to_a_file()
    {
        var path = DefectiveDocument();
        var jsonFile = Path.Combine(_dir, "report.json");
        Assert.Equal(1, Run([path], format: "json", outFile: jsonFile).Code);
        var json = JsonNode.Parse(File.ReadAllText(jsonFile))!;
        Assert.Contains(json["documents"]![0]!["findings"]!.AsArray(), f => (string?)f!["rule"] == "SUM001");
        var sarifFile = Path.Combine(_dir, "report.sarif");
        Run([path], format: "sarif", outFile: sarifFile);
        Assert.Contains(JsonNode.Parse(File.ReadAllText(sarifFile))!["runs"]![0]!["results"]!.AsArray(), r => (string?)r!["ruleId"] == "SUM001");
    }

    [Fact]
    public void Rule_selection_limits_the_rules_and_rejects_unknown_ones()
    {
        var path = DefectiveDocument();
        Assert.Equal(0, Run([path], rules: "SUM006").Code);
        var (code, _, err) = Run([path], rules: "SUMX99");
        Assert.Equal(2, code);
        Assert.Contains("SUMX99", err);
    }

    [SkippableFact]
    public void Corpus_checks_the_inputs_as_one_set()
    {
        var seeds = new[] { TestSupport.SharedData.Seed("001_4b29db79fe335f54.txt"), TestSupport.SharedData.Seed("003_a82d126008b6a810.txt") };
        var alone = JsonNode.Parse(RunCorpus(seeds, corpus: false))!;
        Assert.DoesNotContain(alone["documents"]!.AsArray().SelectMany(d => d!["findings"]!.AsArray()), f => (string?)f!["rule"] == "CODE004");
        var together = JsonNode.Parse(RunCorpus(seeds, corpus: true))!;
        var f = Assert.Single(together["documents"]!.AsArray().SelectMany(d => d!["findings"]!.AsArray()), f => (string?)f!["rule"] == "CODE004");
        Assert.Contains("30399", (string?)f!["message"]);
    }

    private static string RunCorpus(string[] inputs, bool corpus)
    {
        var stdout = new StringWriter();
        var settings = new CheckCommand.Settings(inputs, "json", null, FailOn.Never, "CODE004", English: false, Interactive: false) { Corpus = corpus };
        Assert.Equal(0, CheckCommand.Run(settings, stdout, new StringWriter()));
        return stdout.ToString();
    }

    [Fact]
    public void Unreadable_input_exits_2_and_the_rest_is_still_reported()
    {
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(empty, []);
        var (code, output, err) = Run([empty, DefectiveDocument()]);
        Assert.Equal(2, code);
        Assert.Contains("empty.txt", err);
        Assert.Contains("SUM001", output);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
