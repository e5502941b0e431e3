using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Pipeline;
using BudgetLens.Recognition.Tables;
using SheetKind = BudgetLens.Recognition.Sheets.SheetFundLabels.SheetKind;

namespace BudgetLens.Recognition.Sheets.Labelled;

/// <summary>
/// Recognises target sheets (项目支出绩效目标表, 部门整体支出绩效目标表) printed as space-separated label/value text,
/// the usual PDF-to-text layout: no pipes or tabs, and at least one line that starts with a sheet label.
/// </summary>
public sealed class LabelledSheetRecognizer : IBlockRecognizer
{
    public string Name => "labelled-sheet";

    public bool CanRead(Block block, ExtractionContext context)
    {
        if (!TableKinds.IsSheet(block.Kind)) return false;
        var lines = block.LineNumbers.Where(n => n != block.TitleLine).Select(context.Line).Where(l => !l.IsBlank).ToList();
        if (lines.Count == 0 || lines.Any(l => CellSplitter.IsPipeRow(l) || CellSplitter.IsTabRow(l))) return false;
        var kind = KindOf(block);
        return lines.Any(l => LabelledLine.Parse(l.Raw, kind) is { HasLabels: true, Leading.Length: 0 });
    }

    public void Read(Block block, ExtractionContext context, DocumentBuilder output)
    {
        var sheets = LabelledSheetReader.Read(block, context, KindOf(block));
        (block.Kind == TableKinds.DepartmentTargets ? output.DepartmentTargets : output.Projects).AddRange(sheets);
    }

    private static SheetKind KindOf(Block block) => block.Kind == TableKinds.DepartmentTargets ? SheetKind.Department : SheetKind.Project;
}
