namespace BudgetLens.Model;

public enum Severity
{
    Info,
    Warning,
    Error,
}
