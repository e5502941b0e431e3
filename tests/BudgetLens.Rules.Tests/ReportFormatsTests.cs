using System.Text.Json.Nodes;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;
using BudgetLens.Rules.Reports;
using static BudgetLens.Rules.Tests.ModelBuilder;

namespace BudgetLens.Rules.Tests;

/// <summary>The JSON and SARIF reports carry the same findings, locations and not-applicable rules.</summary>
public sealed class ReportFormatsTests
{
    private static DocumentReport Report()
    {
        var doc = Document(Table("general-budget-expenditure", "201 一般公共服务支出 | total=927.60", "20103 政府办公厅（室）及相关机构事务 | total=925.60"));
        return new Checker(RuleCatalog.All, new RuleSelection("SUM001,SUM006")).Check(doc);
    }

    [Fact]
    public void Findings_json_follows_the_schema()
    {
        var json = JsonNode.Parse(FindingsJson.Serialize([Report()]))!;
        Assert.Equal("budget-findings/1", (string?)json["schema"]);
        var doc = json["documents"]![0]!;
        Assert.Equal("test.txt", (string?)doc["source"]!["file"]);
        var f = doc["findings"]![0]!;
        Assert.Equal(("SUM001", "error"), ((string?)f["rule"], (string?)f["severity"]));
        Assert.Equal(927.60m, (decimal)f["actual"]!);
        Assert.Equal("927.60", f["actual"]!.ToJsonString());
        var location = f["locations"]![0]!;
        Assert.Equal(10, (int)location["line"]!);
        Assert.Equal("total", (string?)location["column"]);
        foreach (var key in new[] { "endLine", "page", "box", "sheet", "cell", "table", "row", "value" }) Assert.True(location.AsObject().ContainsKey(key), key);
        Assert.Equal("SUM006", (string?)doc["notApplicable"]![0]!["rule"]);
    }

    [Fact]
    public void Sarif_carries_the_same_findings()
    {
        var report = Report();
        var sarif = JsonNode.Parse(Sarif.Serialize([report], RuleCatalog.All, english: true))!;
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        var run = sarif["runs"]![0]!;
        var results = run["results"]!.AsArray();
        Assert.Equal(report.Findings.Count, results.Count);
        var r = results[0]!;
        Assert.Equal(("SUM001", "error"), ((string?)r["ruleId"], (string?)r["level"]));
        Assert.Equal(10, (int)r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal("test.txt", (string?)r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Equal(11, (int)r["relatedLocations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Contains(run["tool"]!["driver"]!["rules"]!.AsArray(), rule => (string?)rule!["id"] == "SUM001");
    }
}
