using System.Globalization;
using BudgetLens.Model;

namespace BudgetLens.Rules.Tests;

/// <summary>Small hand-made documents for rule tests: rows written as "code name | key=value key=value" with printed scales kept.</summary>
internal static class ModelBuilder
{
    public static BudgetDocument Document(params Table[] tables) => new()
    {
        Source = new SourceInfo("test.txt", null, SourceFormats.Text),
        Tables = tables,
    };

    public static Table Table(string kind, params string[] rows) => new()
    {
        Kind = kind,
        Title = kind,
        Unit = MoneyUnit.TenThousandYuan,
        Rows = rows.Select((r, i) => Row(r, 10 + i)).ToList(),
    };

    /// <summary>"201 一般公共服务支出 | total=927.60 basic=334.61 project=" (an empty value is a printed blank → null).</summary>
    public static TableRow Row(string spec, int line)
    {
        var parts = spec.Split('|', 2);
        var label = parts[0].Trim();
        string? code = null;
        var firstSpace = label.IndexOf(' ');
        if (firstSpace > 0 && label[..firstSpace].All(char.IsAsciiDigit))
        {
            code = label[..firstSpace];
            label = label[(firstSpace + 1)..];
        }
        var values = new Dictionary<string, decimal?>();
        foreach (var kv in (parts.Length > 1 ? parts[1] : "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (kv[..kv.IndexOf('=')], kv[(kv.IndexOf('=') + 1)..]);
            values[key] = value.Length == 0 ? null : decimal.Parse(value, CultureInfo.InvariantCulture);
        }
        bool total = label is "合计" or "总计";
        return new TableRow
        {
            Code = code,
            Name = label,
            Level = code is null ? (total ? 0 : 1) : code.Length switch { 3 => 1, 5 => 2, _ => 3 },
            Role = total ? RowRoles.Total : RowRoles.Item,
            Values = values,
            Location = SourceLocation.AtLine(line),
        };
    }
}
