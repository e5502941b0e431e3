using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Tests;

/// <summary>Extracts a hand-written snippet of space-separated converter text.</summary>
internal static class SpacedSnippet
{
    public static BudgetDocument Extract(string text) =>
        DocumentExtractor.Default.Extract(TextSource.FromString("snippet.txt", text.Replace("\r\n", "\n")));

    public static TableRow Row(Table table, string codeOrName) =>
        table.Rows.Single(r => r.Code == codeOrName || (r.Code is null && r.Name == codeOrName));

    public static decimal? V(TableRow row, string key) => row.Values[key];
}
