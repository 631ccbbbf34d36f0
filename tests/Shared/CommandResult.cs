namespace ExecPlan.TestSupport;

/// <summary>What a child process did: its exit code and the text of its two streams.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    /// <summary>Whether the child exited with code 0.</summary>
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
