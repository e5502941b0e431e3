using System.Text;

namespace BudgetLens.Rules.Reference;

/// <summary>Reads the embedded reference CSVs: a header row, comma-separated fields, double quotes around fields that hold commas.</summary>
internal static class Csv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadResource(string fileName)
    {
        string name = "BudgetLens.Rules.Reference." + fileName;
        using var stream = typeof(Csv).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing embedded reference file {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0) return [];
        var header = Fields(lines[0]);
        return [.. lines.Skip(1).Select(l => (IReadOnlyDictionary<string, string>)header.Zip(Fields(l)).ToDictionary(p => p.First, p => p.Second))];
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
