namespace BudgetLens.Cli;

/// <summary>The exit codes every command shares.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>check: a finding at or above --fail-on.</summary>
    public const int Findings = 1;
    /// <summary>An input could not be read (the others were still processed).</summary>
    public const int Unreadable = 2;
    /// <summary>Bad usage (System.CommandLine reports parse errors with 1; ours use 2 like unreadable input).</summary>
    public const int Usage = 2;
}
