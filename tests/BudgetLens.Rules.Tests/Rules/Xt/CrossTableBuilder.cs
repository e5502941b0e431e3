using BudgetLens.Model;
using BudgetLens.Model.Json;
using BudgetLens.TestSupport;

namespace BudgetLens.Rules.Tests.Rules.Xt;

/// <summary>Two-sided summaries written as "side level role name | key=value", and the seed golds with one figure changed.</summary>
internal static class CrossTableBuilder
{
    /// <summary>"income 1 subtotal 一、本年收入 | amount=1028.96"; lines numbered from 10.</summary>
    public static Table Summary(string kind, params string[] rows) => new()
    {
        Kind = kind,
        Title = kind,
        Unit = MoneyUnit.TenThousandYuan,
        Rows = rows.Select((spec, i) =>
        {
            var head = spec.Split('|', 2)[0].Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            var row = ModelBuilder.Row(head[3] + (spec.Contains('|') ? " |" + spec.Split('|', 2)[1] : ""), 10 + i);
            return row with { Side = head[0], Level = int.Parse(head[1]), Role = head[2] };
        }).ToList(),
    };

    public static BudgetDocument Gold(string seed) =>
        DocumentJson.Deserialize(File.ReadAllText(Path.Combine(SharedData.GoldDir, seed + ".txt.json")))!;

    /// <summary>The gold with the value <paramref name="key"/> of the row at <paramref name="line"/> (and side) of the table of <paramref name="kind"/> set.</summary>
    public static BudgetDocument With(BudgetDocument document, string kind, int line, string key, decimal? value, string? side = null) => document with
    {
        Tables = document.Tables.Select(t => t.Kind != kind ? t : t with
        {
            Rows = t.Rows.Select(r => r.Location.Line != line || r.Side != side ? r : r with
            {
                Values = new Dictionary<string, decimal?>(r.Values) { [key] = value },
            }).ToList(),
        }).ToList(),
    };

    public const string Seed001 = "001_4b29db79fe335f54";
    public const string Seed003 = "003_a82d126008b6a810";
}
