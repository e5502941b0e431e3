using BudgetLens.Model;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>
/// Reads a 政府采购预算表 printed as a tree of explicit cells: 采购品目大类 (一、货物A), 专项/项目名称, 经济科目,
/// 采购物品名称, 采购组织形式 and amounts. Each printed row keeps the fields it prints (project, economicItem, item,
/// method) and is named by the most specific label it prints; the depth of that label gives the level, and a row
/// above deeper rows is their subtotal.
/// </summary>
public static class ProcurementTableReader
{
    private enum Field { None, Category, Project, EconomicItem, Item, Method }

    public static bool CanRead(CellTableParts parts)
    {
        var header = HeaderColumns.From(parts.Header, parts.Width);
        var fields = Enumerable.Range(0, header.Count).Select(c => FieldOf(header.Leaves[c])).ToList();
        return fields.Contains(Field.Item) && (fields.Contains(Field.Project) || fields.Contains(Field.Category));
    }

    public static List<TableRow> Read(CellTableParts parts)
    {
        var header = HeaderColumns.From(parts.Header, parts.Width);
        var fields = new Field[header.Count];
        var values = new List<(int Column, string Key)>();
        for (int c = 0; c < header.Count; c++)
        {
            fields[c] = FieldOf(header.Leaves[c]);
            if (fields[c] != Field.None) continue;
            var meaning = ColumnMeaning.Of(TableKinds.IncomeSummary, header.Leaves[c], header.Parents[c]);
            if (meaning.Role == ColumnRole.Value) values.Add((c, meaning.Key!));
        }
        var rows = new List<(TableRow Row, int Depth)>();
        foreach (var row in parts.Data)
        {
            if (row.IsEmpty) continue;
            string? Cell(Field f)
            {
                int c = Array.IndexOf(fields, f);
                return c >= 0 && row[c].Length > 0 ? RowLabel.Clean(row[c]) : null;
            }
            var category = Cell(Field.Category);
            var project = Cell(Field.Project);
            var economic = Cell(Field.EconomicItem);
            var item = Cell(Field.Item);
            var method = Cell(Field.Method);
            var name = item ?? economic ?? project ?? category;
            int depth = item is not null ? 3 : economic is not null || project is not null ? 2 : 1;
            bool total = name is not null && RowLabel.IsTotal(name) && item is null;
            rows.Add((new TableRow
            {
                Name = name,
                Project = project,
                EconomicItem = economic,
                Item = item,
                Method = method,
                Level = total ? 0 : depth,
                Role = total ? RowRoles.Total : RowRoles.Item,
                Values = RowValues.Read(row, values),
                Location = SourceLocation.AtLine(row.Line),
            }, total ? 0 : depth));
        }
        for (int i = 0; i + 1 < rows.Count; i++)
            if (rows[i].Row.Role == RowRoles.Item && rows[i + 1].Depth > rows[i].Depth)
                rows[i] = (rows[i].Row with { Role = RowRoles.Subtotal }, rows[i].Depth);
        return rows.Select(r => r.Row).ToList();
    }

    private static Field FieldOf(string leaf) => leaf switch
    {
        _ when leaf.Contains("品目大类") || leaf.Contains("采购类别") || leaf == "品目" => Field.Category,
        _ when leaf.Contains("组织形式") || leaf.Contains("采购方式") => Field.Method,
        _ when leaf.Contains("经济科目") || leaf.Contains("经济分类") => Field.EconomicItem,
        _ when leaf.Contains("采购物品") || leaf.Contains("采购品目") || leaf.Contains("采购项目") && !leaf.Contains("专项") => Field.Item,
        _ when leaf.Contains("专项") || leaf.Contains("项目名称") => Field.Project,
        _ => Field.None,
    };
}
