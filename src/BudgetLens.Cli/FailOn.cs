using BudgetLens.Model;

namespace BudgetLens.Cli;

/// <summary>The --fail-on threshold: the lowest severity that makes check exit 1.</summary>
internal enum FailOn
{
    Info,
    Warning,
    Error,
    Never,
}

internal static class FailOnExtensions
{
    public static bool Reached(this FailOn threshold, Severity severity) => threshold switch
    {
        FailOn.Never => false,
        FailOn.Info => true,
        FailOn.Warning => severity >= Severity.Warning,
        _ => severity >= Severity.Error,
    };
}
