namespace BudgetLens.Recognition.Sheets.Grid;

/// <summary>What a column of an indicator table holds, read from its header cell.</summary>
public enum IndicatorColumnRole { None, Group, Level1, Level2, Name, Value, Period, Weight, Note, Scoring }
