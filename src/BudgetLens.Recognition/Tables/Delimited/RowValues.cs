using BudgetLens.Recognition.Common;

namespace BudgetLens.Recognition.Tables.Delimited;

/// <summary>Reads the amount cells of a row into its values: every printed column key, null for a blank cell.</summary>
public static class RowValues
{
    public static Dictionary<string, decimal?> Read(CellRow row, IReadOnlyList<(int Column, string Key)> columns)
    {
        var values = new Dictionary<string, decimal?>();
        foreach (var (column, key) in columns)
        {
            if (values.ContainsKey(key)) continue;
            values[key] = AmountParser.ParseOrNull(row[column]);
        }
        return values;
    }

    /// <summary>Amounts printed in columns the header names no value for (the header lacks a column): reported, never silently dropped.</summary>
    public static int UnclaimedAmounts(CellRow row, IReadOnlyList<(int Column, string Key)> columns, params int[] labelColumns)
    {
        int count = 0;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            if (columns.Any(v => v.Column == c) || labelColumns.Contains(c)) continue;
            if (row[c].Length > 0 && AmountParser.TryParse(row[c], out _)) count++;
        }
        return count;
    }

    /// <summary>Cells of value columns that hold text which is not an amount (reported, read as null).</summary>
    public static IEnumerable<string> NonAmounts(CellRow row, IReadOnlyList<(int Column, string Key)> columns) =>
        columns.Select(c => row[c.Column]).Where(t => t.Length > 0 && !AmountParser.TryParse(t, out _) && t.Trim('-', '—', '/', ' ').Length > 0);
}
