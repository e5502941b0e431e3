using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetLens.Model.Json;

/// <summary>Writes a unit as the contract prints it: "万元" or "元".</summary>
public sealed class MoneyUnitJsonConverter : JsonConverter<MoneyUnit>
{
    public override MoneyUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MoneyUnits.Parse(reader.GetString()) ?? throw new JsonException($"unknown money unit '{reader.GetString()}'");

    public override void Write(Utf8JsonWriter writer, MoneyUnit value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToChinese());
}
