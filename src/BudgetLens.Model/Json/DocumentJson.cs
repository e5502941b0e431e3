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

    /// <summary>The document JSON as a string: the same bytes as <see cref="Write"/>.</summary>
    public static string Serialize(BudgetDocument document)
    {
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write(stream, document);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes the document JSON to <paramref name="stream"/> with a hand-written <see cref="Utf8JsonWriter"/> walk that
    /// gives the bytes <c>JsonSerializer.Serialize(stream, document, Options)</c> gives (see <see cref="SerializeWithOptions"/>).
    /// </summary>
    public static void Write(Stream stream, BudgetDocument document) => DocumentJsonWriter.Write(stream, document);

    /// <summary>The reflection serializer's output with <see cref="Options"/>: the reference the hand-written walk must equal.</summary>
    public static string SerializeWithOptions(BudgetDocument document) => JsonSerializer.Serialize(document, Options);

    public static BudgetDocument? Deserialize(string json) => JsonSerializer.Deserialize<BudgetDocument>(json, Options);
}
