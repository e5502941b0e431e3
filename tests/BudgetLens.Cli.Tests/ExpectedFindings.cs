namespace BudgetLens.Cli.Tests;

/// <summary>
/// A reviewed expected-findings file (tests/gold/findings/&lt;seed&gt;.findings): one finding per line as
/// <c>RULE LINE  # justification against the source</c>; blank lines and lines starting with # are comments.
/// </summary>
internal static class ExpectedFindings
{
    public sealed record Entry(string Rule, int Line, string Justification);

    public static IReadOnlyList<Entry> Read(string path)
    {
        var entries = new List<Entry>();
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int hash = line.IndexOf('#');
            var body = hash >= 0 ? line[..hash] : line;
            var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !int.TryParse(parts[1], out int number))
                throw new FormatException($"{path}: expected 'RULE LINE  # why', got '{raw}'");
            var why = hash >= 0 ? line[(hash + 1)..].Trim() : "";
            if (why.Length == 0) throw new FormatException($"{path}: the entry '{raw}' has no justification");
            entries.Add(new Entry(parts[0], number, why));
        }
        return entries;
    }
}
