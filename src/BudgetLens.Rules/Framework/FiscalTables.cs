using BudgetLens.Model;

namespace BudgetLens.Rules.Framework;

/// <summary>
/// The function-classified tables that together hold a document's fiscal money (财政拨款): general-budget-expenditure,
/// plus government-fund-expenditure and state-capital-expenditure. A fund table may be missing only where the
/// fiscal-allocation-summary shows no money of that fund (a blank or absent column).
/// </summary>
public static class FiscalTables
{
    /// <summary>The summary column of each fiscal function table.</summary>
    public static readonly (string Kind, string SummaryColumn)[] Parts =
    [
        ("general-budget-expenditure", "generalBudget"),
        ("government-fund-expenditure", "governmentFund"),
        ("state-capital-expenditure", "stateCapital"),
    ];

    /// <summary>The tables to add up for fiscal money, or null when one that holds money is missing (or no general-budget table).</summary>
    public static IReadOnlyList<Table>? Of(BudgetDocument document)
    {
        var tables = new List<Table>();
        var summary = document.Tables.FirstOrDefault(t => t.Kind == "fiscal-allocation-summary");
        foreach (var (kind, column) in Parts)
        {
            var table = document.Tables.FirstOrDefault(t => t.Kind == kind);
            if (table is not null) { tables.Add(table); continue; }
            if (kind == "general-budget-expenditure" || HasMoney(summary, column)) return null;
        }
        return tables;
    }

    /// <summary>Whether any row of the summary prints a non-zero amount in the column (a missing summary: unknown, so yes).</summary>
    public static bool HasMoney(Table? summary, string column) =>
        summary is null || summary.Rows.Any(r => r.Values.GetValueOrDefault(column) is decimal v && v != 0m);
}
