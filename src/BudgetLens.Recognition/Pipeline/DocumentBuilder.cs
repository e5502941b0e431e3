using BudgetLens.Model;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>Collects what recognisers read; merges a table continued over pages into one.</summary>
public sealed class DocumentBuilder
{
    private readonly List<Table> _tables = [];

    public string? Issuer { get; set; }
    public int? Year { get; set; }
    public List<TocEntry> Toc { get; } = [];
    public List<Section> Sections { get; } = [];
    public IReadOnlyList<Table> Tables => _tables;
    public List<TargetSheet> Projects { get; } = [];
    public List<TargetSheet> DepartmentTargets { get; } = [];

    /// <summary>Adds a table, or appends its rows to the previous one when it is that table's continuation (same kind and title).</summary>
    public void AddTable(Table table, bool mayContinuePrevious = true)
    {
        if (mayContinuePrevious && _tables.Count > 0)
        {
            var last = _tables[^1];
            if (last.Kind == table.Kind && last.Title == table.Title && last.Unit == table.Unit)
            {
                _tables[^1] = last with
                {
                    Rows = [.. last.Rows, .. table.Rows],
                    Location = last.Location.Through(table.Location),
                    Empty = last.Empty && table.Empty,
                };
                return;
            }
        }
        _tables.Add(table);
    }

    public BudgetDocument Build(SourceInfo source, IReadOnlyList<Diagnostic> diagnostics) => new()
    {
        Source = source,
        Issuer = Issuer,
        Year = Year,
        Toc = [.. Toc],
        Sections = [.. Sections],
        Tables = [.. _tables],
        Projects = [.. Projects],
        DepartmentTargets = [.. DepartmentTargets],
        Diagnostics = [.. diagnostics],
    };
}
