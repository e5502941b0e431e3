using BudgetLens.Model;
using BudgetLens.Recognition.Pipeline;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// Reads the data rows of a one-sided table of explicit cells (classified by function or economy, 三公, …):
/// code (full, after expanding abbreviations), a unit's own code, label, level, role and values by column key.
/// </summary>
public static class SingleSidedTableReader
{
    public static List<TableRow> Read(string kind, CellTableParts parts, ExtractionContext context)
    {
        var header = HeaderColumns.From(parts.Header, parts.Width);
        int codeColumn = -1, unitCodeColumn = -1, nameColumn = -1;
        var valueColumns = new List<(int Column, string Key)>();
        for (int c = 0; c < header.Count; c++)
        {
            var meaning = ColumnMeaning.Of(kind, header.Leaves[c], header.Parents[c]);
            switch (meaning.Role)
            {
                case ColumnRole.Code when codeColumn < 0: codeColumn = c; break;
                case ColumnRole.UnitCode when unitCodeColumn < 0: unitCodeColumn = c; break;
                case ColumnRole.Name when nameColumn < 0: nameColumn = c; break;
                case ColumnRole.Value: valueColumns.Add((c, meaning.Key!)); break;
            }
        }
        if (nameColumn < 0) nameColumn = Math.Max(codeColumn, unitCodeColumn) + 1;
        if (valueColumns.Any(v => v.Column == nameColumn)) nameColumn = -1; // a table of amounts only (支出总表 printed as one line): no label
        int subColumn = codeColumn < 0 ? GroupedLabels.SubLabelColumn(parts, nameColumn, valueColumns) : -1;
        var groups = new GroupedLabels();

        var codes = new ClassificationCode();
        var rows = new List<TableRow>();
        foreach (var row in parts.Data)
        {
            if (row.IsEmpty) continue;
            var (code, name) = CodeAndName(row, codeColumn, nameColumn);
            string? group = null;
            if (subColumn >= 0) (group, name) = groups.Next(name, row[subColumn]);
            var values = RowValues.Read(row, valueColumns);
            string? fullCode = code is null ? null : codes.Expand(code, values.GetValueOrDefault("total"));
            string? unitCode = unitCodeColumn >= 0 && row[unitCodeColumn].Length > 0 ? row[unitCodeColumn] : null;
            var (level, role) = LevelAndRole(name, fullCode, unitCode);
            if (group is not null) level = RowLabel.IsSubtotal(name) && !name.StartsWith("其中", StringComparison.Ordinal) ? 1 : 2;
            foreach (var text in RowValues.NonAmounts(row, valueColumns))
                context.Report(ExtractionDiagnostics.Skipped(row.Line, text, "金额栏中的文字按空白处理 / text in an amount column read as blank"));
            int unclaimed = RowValues.UnclaimedAmounts(row, valueColumns, codeColumn, nameColumn, unitCodeColumn, subColumn);
            if (unclaimed > 0)
                context.Report(ExtractionDiagnostics.MissingColumns(row.Line, context.Line(row.Line).Raw.Trim(), valueColumns.Count, valueColumns.Count + unclaimed));
            rows.Add(new TableRow
            {
                Code = fullCode,
                UnitCode = unitCode,
                Name = name.Length == 0 ? null : RowLabel.Clean(name),
                Level = level,
                Role = role,
                Group = group,
                Values = values,
                Location = SourceLocation.AtLine(row.Line),
            });
        }
        return rows;
    }

    /// <summary>The row's printed code and label, a code fused with its label split off.</summary>
    private static (string? Code, string Name) CodeAndName(CellRow row, int codeColumn, int nameColumn)
    {
        var codeCell = codeColumn >= 0 ? row[codeColumn] : "";
        var name = row[nameColumn];
        if (codeCell.Length > 0 && !ClassificationCode.IsCodeShaped(codeCell))
        {
            var (fused, rest) = ClassificationCode.SplitFused(codeCell);
            if (fused is null) return (null, name.Length > 0 ? name : codeCell);
            return (fused, name.Length > 0 ? name : rest);
        }
        if (codeCell.Length == 0)
        {
            var (fused, rest) = ClassificationCode.SplitFused(name);
            if (fused is not null && fused.Length >= 3 && rest.Length > 0) return (fused, rest);
            return (null, name);
        }
        return (codeCell, name);
    }

    private static (int Level, string Role) LevelAndRole(string name, string? code, string? unitCode)
    {
        if (code is not null) return (ClassificationCode.LevelOf(code), RowRoles.Item);
        if (RowLabel.IsTotal(name)) return (0, RowRoles.Total);
        if (RowLabel.IsSubtotal(name)) return (1, RowRoles.Subtotal);
        return (1, RowRoles.Item);
    }
}
