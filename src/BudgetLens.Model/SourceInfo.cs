namespace BudgetLens.Model;

public static class SourceFormats
{
    public const string Text = "text";
    public const string Pdf = "pdf";
    public const string Xlsx = "xlsx";
    public const string Xls = "xls";
    public const string Docx = "docx";
    public const string Html = "html";
}

/// <summary>The file a document was read from.</summary>
public sealed record SourceInfo(string File, string? Sha256, string Format)
{
    /// <summary>The encoding the text was read in (UTF-8, GB18030 …), where it was text.</summary>
    public string? Encoding { get; init; }
}
