using BudgetLens.Model;

namespace BudgetLens.Recognition.Tables.Spaced;

/// <summary>
/// Joins row labels a converter wrapped onto the next line. In a table whose rows carry codes, a line with neither a
/// code nor a total label continues the coded row above it: its label is appended (no space, as for any wrapped
/// label) and its amounts follow the row's.
/// </summary>
public static class SpacedWrappedRows
{
    public static List<DraftRow> Join(IReadOnlyList<DraftRow> rows)
    {
        var joined = new List<DraftRow>(rows.Count);
        bool coded = rows.Count(r => r.Code is not null) >= 2;
        foreach (var row in rows)
        {
            if (coded && joined.Count > 0 && IsContinuation(joined[^1], row))
            {
                var previous = joined[^1];
                joined[^1] = previous with
                {
                    Name = previous.Name + row.Name,
                    Numbers = [.. previous.Numbers, .. row.Numbers],
                    EndLine = row.EndLine,
                    Text = previous.Text + " " + row.Text,
                };
                continue;
            }
            joined.Add(row);
        }
        return joined;
    }

    /// <summary>A label piece before the amounts (the row above printed none), or amounts alone spilling over.</summary>
    private static bool IsContinuation(DraftRow previous, DraftRow row)
    {
        if (previous.Code is null || row.Code is not null) return false;
        if (row.Name is null) return row.Numbers.Count > 0;
        return row.Role == RowRoles.Item && RowLabels.OrdinalLevel(row.Name) is null && previous.Numbers.Count == 0;
    }
}
