using BudgetLens.Model;

namespace BudgetLens.Readers.Office;

/// <summary>The diagnostics of the office-format readers (ids RD0101…), messages Chinese first, naming file and place.</summary>
public static class OfficeDiagnostics
{
    public static Diagnostic Corrupt(string file, string format, string message) =>
        new("RD0101", Severity.Error, $"无法读取 {format} 文件（文件损坏、被截断或不是该格式）/ cannot read {file} as {format} (corrupt, truncated or not that format): {message}", null);

    public static Diagnostic Encrypted(string file) =>
        new("RD0102", Severity.Error, $"文件已加密（有密码保护），无法读取 / {file} is encrypted (password protected) and cannot be read", null);

    public static Diagnostic NoContent(string file) =>
        new("RD0103", Severity.Error, $"文件中没有可读的文字或表格 / no readable text or table in {file}", null);

    public static Diagnostic SheetFailed(string file, string sheet, string message) =>
        new("RD0104", Severity.Warning, $"工作表“{sheet}”读取中断，此前内容已保留 / sheet {sheet} of {file} could not be read to its end (what was read is kept): {message}", new SourceLocation { Sheet = sheet });

    public static Diagnostic HiddenSheet(string file, string sheet) =>
        new("RD0105", Severity.Info, $"跳过隐藏的工作表“{sheet}” / hidden sheet {sheet} of {file} skipped", new SourceLocation { Sheet = sheet });

    public static Diagnostic FormulaWithoutValue(string file, string sheet, string cell) =>
        new("RD0106", Severity.Warning, $"工作表“{sheet}”单元格 {cell} 的公式没有保存计算结果，按空白处理 / formula without a cached value in {sheet}!{cell} of {file}, read as blank", new SourceLocation { Sheet = sheet, Cell = cell });
}
