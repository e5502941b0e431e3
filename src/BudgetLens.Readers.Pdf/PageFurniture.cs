using System.Text.RegularExpressions;

namespace BudgetLens.Readers.Pdf;

/// <summary>
/// Running headers and footers: free lines near the top or bottom edge whose text (digits ignored) repeats on at
/// least three pages and half of them. Page numbers alone are left to the layout marker's page-number pattern.
/// </summary>
internal static partial class PageFurniture
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static void Mark(List<PageLines> pages)
    {
        if (pages.Count < 3) return;
        var counts = new Dictionary<string, HashSet<int>>();
        foreach (var page in pages)
            foreach (var line in Edge(page))
            {
                var key = Key(line);
                if (!counts.TryGetValue(key, out var set)) counts[key] = set = [];
                set.Add(page.Number);
            }
        foreach (var page in pages)
            foreach (var line in Edge(page))
                if (counts[Key(line)].Count is var n && n >= 3 && n * 2 >= pages.Count) line.Furniture = true;
    }

    private static IEnumerable<OutLine> Edge(PageLines page) =>
        page.Lines.Where(l => !l.Text.Contains('\t') && (l.Y0 > page.Height * 0.92 || l.Y1 < page.Height * 0.08));

    private static string Key(OutLine line) => Digits().Replace(line.Text, "#").Replace(" ", "");
}
