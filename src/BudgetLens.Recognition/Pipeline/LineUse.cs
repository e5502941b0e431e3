namespace BudgetLens.Recognition.Pipeline;

/// <summary>What became of a source line. Every non-blank line must end in one of the non-None states.</summary>
public enum LineUse : byte
{
    None,
    /// <summary>Its text went into the model (a table, a sheet, the toc, a section).</summary>
    Consumed,
    /// <summary>Recognised as layout: a page header, a repeated column header, a page number, a unit line, a note.</summary>
    Layout,
    /// <summary>Reported in a diagnostic.</summary>
    Reported,
}
