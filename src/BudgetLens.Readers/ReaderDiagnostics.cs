using BudgetLens.Model;

namespace BudgetLens.Readers;

/// <summary>The diagnostics readers report (ids RD0001…), messages Chinese first.</summary>
public static class ReaderDiagnostics
{
    public static Diagnostic NotFound(string file) =>
        new("RD0001", Severity.Error, $"文件不存在 / file not found: {file}", null);

    public static Diagnostic Empty(string file) =>
        new("RD0002", Severity.Error, $"文件为空，没有可读内容 / file is empty: {file}", null);

    public static Diagnostic Binary(string file, int offset) =>
        new("RD0003", Severity.Error, $"不是文本文件（第 {offset} 个字符处为二进制内容）/ not a text file: binary content at character {offset} of {file}", null);

    public static Diagnostic TooLarge(string file, long size, long limit) =>
        new("RD0004", Severity.Error, $"文件过大：{size:N0} 字节，上限 {limit:N0} 字节 / file too large: {file} has {size:N0} bytes, the limit is {limit:N0}", null);

    public static Diagnostic LegacyEncoding(string file, string encoding) =>
        new("RD0005", Severity.Info, $"按 {encoding} 编码读取 / read as {encoding}: {file}", null);

    public static Diagnostic Undecodable(string file, int line, string text) =>
        new("RD0006", Severity.Warning, $"第 {line} 行含无法解码的字符 / undecodable bytes on line {line} of {file}", SourceLocation.AtLine(line), text);

    public static Diagnostic Unsupported(string file, string extension) =>
        new("RD0007", Severity.Error, $"不支持的文件格式 {extension} / unsupported format {extension}: {file}", null);

    public static Diagnostic TruncatedText(string file, int lastLine) =>
        new("RD0009", Severity.Warning, $"文件在第 {lastLine} 行的一个字符中间结束，可能被截断 / {file} ends inside a character on line {lastLine}: the file may be truncated", SourceLocation.AtLine(lastLine));

    public static Diagnostic IoError(string file, string message) =>
        new("RD0008", Severity.Error, $"读取失败 / cannot read {file}: {message}", null);
}
