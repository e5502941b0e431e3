using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetLens.Model;
using BudgetLens.Model.Json;
using BudgetLens.Rules.Framework;

namespace BudgetLens.Rules.Reports;

/// <summary>Writes reports as findings JSON (schema budget-findings/1, docs/findings-json.md).</summary>
public static class FindingsJson
{
    public const string SchemaId = "budget-findings/1";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new MoneyUnitJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record Document(SourceInfo Source, string? ReadError, IReadOnlyList<Finding> Findings, IReadOnlyList<NotApplicable> NotApplicable, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Root(string Schema, IReadOnlyList<Document> Documents);

    public static string Serialize(IEnumerable<DocumentReport> reports) =>
        JsonSerializer.Serialize(new Root(SchemaId, [.. reports.Select(r => new Document(r.Source, r.ReadError, r.Findings, r.NotApplicable, r.Diagnostics))]), Options);
}
