using System.Text.RegularExpressions;
using BudgetLens.Model;
using BudgetLens.Readers.Text;
using BudgetLens.Recognition.Common;
using BudgetLens.Recognition.Tables.Delimited;

namespace BudgetLens.Recognition.Sheets.Delimited;

/// <summary>
/// The fields of a target sheet printed as label/value cell pairs (项目名称 | X | 实施单位 | Y), its money
/// (年度资金总额 | 535.93), its unit ((万元) in a label) and texts whose label stands alone on a row with the
/// text on the rows below (年度绩效目标 ↵ 目标1：…).
/// </summary>
public sealed partial class SheetHeadFields(bool departmentSheet)
{
    [GeneratedRegex(@"[(（]\s*(万元|元)\s*[)）]")]
    private static partial Regex UnitInLabel();

    [GeneratedRegex(@"^\d{2,}\s*[-－—]\s*")]
    private static partial Regex CodePrefix();

    private readonly Dictionary<SheetFieldLabels.Field, string> _fields = [];
    private SheetFieldLabels.Field? _openText;

    public Dictionary<string, decimal?> Funds { get; } = [];
    public MoneyUnit? Unit { get; private set; }
    public string? this[SheetFieldLabels.Field field] => _fields.GetValueOrDefault(field);

    /// <summary>Ends a text whose label stood alone: the rows that follow are no longer its continuation.</summary>
    public void CloseText() => _openText = null;

    /// <summary>True when the row starts with a field label (a goal printed after the indicators, say).</summary>
    public static bool StartsWithField(CellRow row) => row.Cells.FirstOrDefault(c => c.Length > 0) is { } first && FieldOf(first) is not null;

    /// <summary>Reads one row of the sheet's head; false when the row holds nothing it knows.</summary>
    public bool Read(CellRow row)
    {
        var cells = row.Cells;
        if (_openText is not null && !StartsWithField(row) && SheetFundLabels.KeyOf(cells.First(c => c.Length > 0), departmentSheet ? SheetFundLabels.SheetKind.Department : SheetFundLabels.SheetKind.Project) is null)
        {
            Append(_openText.Value, string.Concat(cells.Where(c => c.Length > 0)));
            return true;
        }
        bool known = false;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Length == 0) continue;
            var unit = UnitInLabel().Match(TextNormalizer.Normalize(cell));
            if (unit.Success) { Unit ??= MoneyUnits.Parse(unit.Groups[1].Value); known = true; }
            var fund = SheetFundLabels.KeyOf(cell, departmentSheet ? SheetFundLabels.SheetKind.Department : SheetFundLabels.SheetKind.Project);
            if (fund is not null && ReadFund(cells, fund, ref i))
            {
                known = true;
                continue;
            }
            var field = FieldOf(cell);
            if (field is not null)
            {
                known = true;
                int v = i + 1;
                if (v < cells.Count && cells[v].Length > 0 && FieldOf(cells[v]) is null)
                {
                    Set(field.Value, cells[v]);
                    i = v;
                    _openText = null;
                }
                else _openText = IsText(field.Value) ? field : null;
                continue;
            }
            if (fund is not null) known = true;
        }
        return known;
    }

    /// <summary>
    /// The money after a funds label at <paramref name="i"/>: the amount in the next filled cell (a label merged over
    /// several cells leaves blanks before it); blank cells up to the next label or the row's end: a printed blank (null);
    /// a group label followed by its parts (基本支出 | 合计 | 60 | 财政拨款 | 50): each part's amount under its key.
    /// </summary>
    private bool ReadFund(IReadOnlyList<string> cells, string fund, ref int i)
    {
        int next = i + 1;
        while (next < cells.Count && cells[next].Length == 0) next++;
        if (next < cells.Count && AmountParser.TryParse(cells[next], out var amount))
        {
            SetFund(fund, amount);
            i = next;
            return true;
        }
        if (next >= cells.Count || next > i + 1 && IsLabel(cells[next]))
        {
            SetFund(fund, null);
            i = next - 1;
            return true;
        }
        bool read = false;
        while (next == i + 1 && next + 1 < cells.Count && SheetFundLabels.IsGroupPart(cells[next]) && AmountParser.TryParse(cells[next + 1], out var part))
        {
            if (SheetFundLabels.KeyOfPart(fund, cells[next]) is { } key) SetFund(key, part);
            i = next + 1;
            next = i + 1;
            read = true;
        }
        return read;
    }

    private bool IsLabel(string cell) =>
        FieldOf(cell) is not null || SheetFundLabels.KeyOf(cell, departmentSheet ? SheetFundLabels.SheetKind.Department : SheetFundLabels.SheetKind.Project) is not null;

    /// <summary>A blank never overwrites an amount; an amount fills a key read blank before.</summary>
    private void SetFund(string key, decimal? value)
    {
        if (value is null) Funds.TryAdd(key, null);
        else if (!Funds.TryGetValue(key, out var before) || before is null) Funds[key] = value;
    }

    private static SheetFieldLabels.Field? FieldOf(string cell)
    {
        var exact = SheetFieldLabels.Of(cell);
        if (exact is not null) return exact;
        var start = SheetFieldLabels.AtStart(TextNormalizer.RemoveSpaces(TextNormalizer.Normalize(cell)));
        return start is { } s && s.Remainder is "及代码" or "及编码" or "代码" ? s.Field : null;
    }

    private static bool IsText(SheetFieldLabels.Field f) =>
        f is SheetFieldLabels.Field.Goal or SheetFieldLabels.Field.Overview or SheetFieldLabels.Field.Basis or SheetFieldLabels.Field.Schedule;

    private void Set(SheetFieldLabels.Field field, string value)
    {
        var v = value.Trim();
        if (field == SheetFieldLabels.Field.Department || field == SheetFieldLabels.Field.Implementer) v = CodePrefix().Replace(v, "");
        _fields.TryAdd(field, v);
    }

    private void Append(SheetFieldLabels.Field field, string text) =>
        _fields[field] = _fields.TryGetValue(field, out var before) ? before + text.Trim() : text.Trim();
}
