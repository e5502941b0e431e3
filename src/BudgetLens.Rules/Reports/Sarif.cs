using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetLens.Model;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Reports;

/// <summary>Writes reports as SARIF 2.1.0, so that code-scanning tools can show the findings on the source lines.</summary>
public static class Sarif
{
    public static string Serialize(IEnumerable<DocumentReport> reports, IReadOnlyList<IRule> rules, bool english, Func<DocumentReport, string>? uriOf = null)
    {
        uriOf ??= r => r.Source.File;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var results = new JsonArray();
        foreach (var report in reports)
        {
            foreach (var f in report.Findings)
            {
                var locations = new JsonArray();
                foreach (var l in f.Locations.Where(l => l.Line is not null || l.Page is not null || l.Cell is not null).Take(1))
                    locations.Add(PhysicalLocation(uriOf(report), l));
                var related = new JsonArray();
                int id = 0;
                foreach (var l in f.Locations.Skip(1).Where(l => l.Line is not null))
                {
                    var rel = PhysicalLocation(uriOf(report), l);
                    rel["id"] = id++;
                    rel["message"] = new JsonObject { ["text"] = $"{l.Row} {l.Column} {Amounts.Show(l.Value)}".Trim() };
                    related.Add(rel);
                }
                var result = new JsonObject
                {
                    ["ruleId"] = f.Rule,
                    ["level"] = Level(f.Severity),
                    ["message"] = new JsonObject { ["text"] = english ? f.MessageEn : f.Message },
                    ["locations"] = locations,
                };
                if (ruleIndex.TryGetValue(f.Rule, out int index)) result["ruleIndex"] = index;
                if (related.Count > 0) result["relatedLocations"] = related;
                results.Add(result);
            }
        }
        var driverRules = new JsonArray();
        foreach (var r in rules)
        {
            driverRules.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["name"] = r.TitleEn.Replace(" ", "", StringComparison.Ordinal),
                ["shortDescription"] = new JsonObject { ["text"] = english ? r.TitleEn : $"{r.TitleZh} / {r.TitleEn}" },
                ["fullDescription"] = new JsonObject { ["text"] = r.Description },
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(r.Severity) },
            });
        }
        var root = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "BudgetLens",
                        ["semanticVersion"] = "0.1.0",
                        ["rules"] = driverRules,
                    },
                },
                ["results"] = results,
            }),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject PhysicalLocation(string uri, FindingLocation l)
    {
        var region = new JsonObject();
        if (l.Line is int line) region["startLine"] = line;
        if (l.EndLine is int end) region["endLine"] = end;
        var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = uri } };
        if (region.Count > 0) physical["region"] = region;
        var location = new JsonObject { ["physicalLocation"] = physical };
        var logical = string.Join(" / ", new[] { l.Table, l.Row, l.Column, l.Sheet is null ? null : $"{l.Sheet}!{l.Cell}", l.Page is null ? null : $"page {l.Page}" }.Where(s => s is not null));
        if (logical.Length > 0) location["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = logical });
        return location;
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
