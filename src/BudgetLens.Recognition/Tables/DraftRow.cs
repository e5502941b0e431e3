namespace BudgetLens.Recognition.Tables;

/// <summary>
/// A row as a reader found it, before its numbers are given columns: side, code, label, level, role and the printed
/// amounts in printed order (blank cells lost). Every reader (spaced text, PDF, Excel) can produce these.
/// </summary>
public sealed record DraftRow(string? Side, string? Code, string? Name, int Level, string Role, IReadOnlyList<decimal> Numbers, int Line, int EndLine, string Text)
{
    /// <summary>Every cell in printed order, blanks null, when the reader saw the blank cells too (a dash, an Excel cell).</summary>
    public IReadOnlyList<decimal?>? Cells { get; init; }

    public bool IsOrdinal => Name is not null && RowLabels.HasTopOrdinal(Name);
}
