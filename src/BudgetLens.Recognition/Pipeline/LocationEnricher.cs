using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>
/// Adds the format's own positions to every location a recogniser gave by line: the PDF page and the union box of the
/// lines' words, the Excel sheet and cell range. Recognisers work on lines; readers know where the lines came from.
/// </summary>
public static class LocationEnricher
{
    public static BudgetDocument Enrich(BudgetDocument document, TextSource source)
    {
        if (source.Lines.All(l => l.Origin is null)) return document;
        SourceLocation Map(SourceLocation l) => Enrich(l, source);
        return document with
        {
            Toc = [.. document.Toc.Select(t => t with { Location = Map(t.Location) })],
            Sections = [.. document.Sections.Select(s => s with { Location = Map(s.Location), ParagraphLocations = s.ParagraphLocations?.Select(Map).ToList() })],
            Tables = [.. document.Tables.Select(t => t with { Location = Map(t.Location), Rows = [.. t.Rows.Select(r => r with { Location = Map(r.Location) })] })],
            Projects = [.. document.Projects.Select(s => Sheet(s, source))],
            DepartmentTargets = [.. document.DepartmentTargets.Select(s => Sheet(s, source))],
            Diagnostics = [.. document.Diagnostics.Select(d => d.Location is null ? d : d with { Location = Map(d.Location) })],
        };
    }

    private static TargetSheet Sheet(TargetSheet sheet, TextSource source) => sheet with
    {
        Location = Enrich(sheet.Location, source),
        Indicators = [.. sheet.Indicators.Select(i => i with { Location = Enrich(i.Location, source) })],
    };

    public static SourceLocation Enrich(SourceLocation location, TextSource source)
    {
        if (location.Line is not int first || first < 1 || first > source.Lines.Count) return location;
        int last = Math.Clamp(location.EndLine ?? first, first, source.Lines.Count);
        var origins = Enumerable.Range(first, last - first + 1).Select(n => source[n].Origin).Where(o => o is not null).Cast<LineOrigin>().ToList();
        if (origins.Count == 0) return location;
        var head = origins[0];
        var samePage = origins.Where(o => o.Page == head.Page).ToList();
        var boxes = samePage.Select(o => o.Box).Where(b => b is { Count: 4 }).Cast<IReadOnlyList<decimal>>().ToList();
        IReadOnlyList<decimal>? box = boxes.Count == 0 ? null : [boxes.Min(b => b[0]), boxes.Min(b => b[1]), boxes.Max(b => b[2]), boxes.Max(b => b[3])];
        var firstCell = head.Cells?.FirstOrDefault(c => c is not null);
        var lastCell = origins[^1].Cells?.LastOrDefault(c => c is not null);
        string? cell = firstCell is null ? null : lastCell is null || lastCell == firstCell ? firstCell : $"{firstCell}:{lastCell}";
        return location with { Page = location.Page ?? head.Page, Box = location.Box ?? box, Sheet = location.Sheet ?? head.Sheet, Cell = location.Cell ?? cell };
    }
}
