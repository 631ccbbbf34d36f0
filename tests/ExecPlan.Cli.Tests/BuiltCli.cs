namespace ExecPlan.Cli.Tests;

/// <summary>The `execplan` built beside the tests, run as a user runs it: a child process in a folder of its own.</summary>
internal static class BuiltCli
{
    /// <summary>The built CLI's entry assembly, in a full copy of the CLI's own output folder (its deps.json, its package assemblies).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "execplan", "ExecPlan.Cli.dll");

    /// <summary>Runs `execplan ARGS` in <paramref name="workingDirectory"/>.</summary>
    public static CommandResult Run(string workingDirectory, params string[] args) =>
        ChildProcess.Dotnet(workingDirectory, [Dll, .. args], timeout: TimeSpan.FromMinutes(2));
}
