using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetLens.Model.Json;

/// <summary>Reads and writes the public document JSON (budget-document/1).</summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        options.Converters.Add(new MoneyUnitJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(BudgetDocument document) => JsonSerializer.Serialize(document, Options);

    public static void Write(Stream stream, BudgetDocument document) => JsonSerializer.Serialize(stream, document, Options);

    public static BudgetDocument? Deserialize(string json) => JsonSerializer.Deserialize<BudgetDocument>(json, Options);
}
