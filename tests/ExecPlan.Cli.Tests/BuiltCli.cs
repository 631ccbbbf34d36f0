namespace ExecPlan.Cli.Tests;

/// <summary>The `execplan` built beside the tests, run as a user runs it: a child process in a folder of its own.</summary>
internal static class BuiltCli
{
    /// <summary>Runs `execplan ARGS` in <paramref name="workingDirectory"/>.</summary>
    public static CommandResult Run(string workingDirectory, params string[] args) =>
        ChildProcess.Dotnet(workingDirectory, [Path.Combine(AppContext.BaseDirectory, "ExecPlan.Cli.dll"), .. args], timeout: TimeSpan.FromMinutes(2));
}
