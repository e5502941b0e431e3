using BudgetLens.Model;
using BudgetLens.Readers.Text;

namespace BudgetLens.Recognition.Pipeline;

/// <summary>The diagnostics recognisers report (ids EXT0001…), messages Chinese first.</summary>
public static class ExtractionDiagnostics
{
    public static Diagnostic UnrecognisedLine(SourceLine line) =>
        new("EXT0001", Severity.Info, $"第 {line.Number} 行未识别为表格、目标表或正文 / line {line.Number} not recognised as part of a table, sheet or section", SourceLocation.AtLine(line.Number), line.Raw.Trim());

    public static Diagnostic AmbiguousColumn(int line, string text, string detail) =>
        new("EXT0002", Severity.Warning, $"第 {line} 行数字所在列无法唯一确定，按表头顺序放置：{detail} / column of a number is ambiguous, placed by header order", SourceLocation.AtLine(line), text);

    public static Diagnostic MissingColumns(int line, string text, int expected, int found) =>
        new("EXT0003", Severity.Warning, $"第 {line} 行数字个数（{found}）多于表头列数（{expected}） / more numbers than columns", SourceLocation.AtLine(line), text);

    public static Diagnostic DuplicateField(int line, string field, string first, string second) =>
        new("EXT0004", Severity.Info, $"第 {line} 行重复打印“{field}”：保留“{first}”，另见“{second}” / field printed twice, the first kept", SourceLocation.AtLine(line), second);

    public static Diagnostic NoContent(string file) =>
        new("EXT0005", Severity.Warning, $"未在 {file} 中识别到任何预算表或绩效目标表 / no budget table or target sheet recognised in {file}", null);

    public static Diagnostic Truncated(int line, string what) =>
        new("EXT0006", Severity.Warning, $"第 {line} 行处{what}不完整，文件可能被截断 / {what} incomplete at line {line}: the file may be truncated", SourceLocation.AtLine(line));

    public static Diagnostic Skipped(int line, string text, string reason) =>
        new("EXT0007", Severity.Info, $"第 {line} 行：{reason}", SourceLocation.AtLine(line), text);
}
