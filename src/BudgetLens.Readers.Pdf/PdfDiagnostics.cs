using BudgetLens.Model;

namespace BudgetLens.Readers.Pdf;

/// <summary>The diagnostics of the PDF reader (ids RD0101…), messages Chinese first, naming the file and the page.</summary>
public static class PdfDiagnostics
{
    public static Diagnostic NotPdf(string file) =>
        new("RD0101", Severity.Error, $"不是 PDF 文件（缺少 %PDF 文件头）/ not a PDF file: {file} has no %PDF header", null);

    public static Diagnostic Encrypted(string file) =>
        new("RD0102", Severity.Error, $"PDF 已加密，无法读取 / the PDF is encrypted and cannot be read without its password: {file}", null);

    public static Diagnostic Corrupt(string file, string detail) =>
        new("RD0103", Severity.Error, $"PDF 文件损坏或不完整，无法打开 / the PDF is corrupt or truncated and cannot be opened: {file} ({detail})", null);

    public static Diagnostic PageUnreadable(string file, int page, string detail) =>
        new("RD0104", Severity.Error, $"第 {page} 页无法读取，已跳过 / page {page} of {file} cannot be read and was skipped ({detail})", new SourceLocation { Page = page });

    public static Diagnostic NoTextLayer(string file, int page) =>
        new("RD0105", Severity.Warning, $"第 {page} 页没有文字层（可能是扫描图像，需要 OCR）/ page {page} of {file} has no text layer (a scanned image? OCR needed)", new SourceLocation { Page = page });

    public static Diagnostic NoTextAtAll(string file, int pages) =>
        new("RD0106", Severity.Error, $"PDF 的 {pages} 页都没有文字层（扫描件），无法提取 / none of the {pages} pages of {file} has a text layer (scanned?); nothing can be extracted without OCR", null);

    public static Diagnostic UnmappedFont(string file, int page, string font, int letters) =>
        new("RD0107", Severity.Error, $"第 {page} 页字体 {font} 没有可用的 Unicode 映射，{letters} 个字符无法识别，已略去 / page {page} of {file}: font {font} has no usable Unicode mapping; {letters} characters could not be read and were left out", new SourceLocation { Page = page });
}
