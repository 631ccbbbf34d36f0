namespace ExecPlan.Cli;

/// <summary>The process exit codes of `execplan`.</summary>
public static class ExitCodes
{
    /// <summary>No active error was found (or the command succeeded).</summary>
    public const int Success = 0;

    /// <summary>Lint found at least one active error.</summary>
    public const int LintErrors = 1;

    /// <summary>Usage error, missing path, unreadable or invalid configuration, or output that could not be written.</summary>
    public const int Failure = 2;
}
