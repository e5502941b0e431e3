using BudgetLens.Model;

namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>A sheet read from grid rows, the rows that were only layout (headers, blank rows), and what was reported.</summary>
public sealed record GridSheetResult(TargetSheet Sheet, IReadOnlyList<GridRow> LayoutRows, IReadOnlyList<Diagnostic> Diagnostics);
