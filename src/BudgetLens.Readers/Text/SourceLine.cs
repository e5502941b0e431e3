namespace BudgetLens.Readers.Text;

/// <summary>One line of a text input: its 1-based number, the text as printed, and a form normalised for matching.</summary>
public sealed class SourceLine
{
    public SourceLine(int number, string raw, LineOrigin? origin = null)
    {
        Number = number;
        Raw = raw;
        Normalized = TextNormalizer.Normalize(raw);
        Origin = origin;
    }

    /// <summary>Page and box (PDF), sheet and cells (Excel) of a reconstructed line; null for text input.</summary>
    public LineOrigin? Origin { get; }

    public int Number { get; }

    /// <summary>The line as printed (original characters kept).</summary>
    public string Raw { get; }

    /// <summary>Full-width ASCII folded to half-width, ideographic and no-break spaces to plain spaces.</summary>
    public string Normalized { get; }

    public bool IsBlank => Normalized.AsSpan().Trim().IsEmpty;

    public override string ToString() => $"{Number}: {Raw}";
}
