namespace ExecPlan.Cli.Tests;

/// <summary>
/// The `execplan` under test, run as a user runs it: a child process in a folder of its own. By default the CLI built beside the
/// tests (`dotnet ExecPlan.Cli.dll`); with EXECPLAN_CLI naming an executable (the NativeAOT build CI publishes), that one, so the
/// same process tests run against both.
/// </summary>
internal static class BuiltCli
{
    /// <summary>The built CLI's entry assembly, in a full copy of the CLI's own output folder (its deps.json, its package assemblies).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "execplan", "ExecPlan.Cli.dll");

    /// <summary>The command line that starts the CLI: its program, then the arguments before the CLI's own.</summary>
    public static IReadOnlyList<string> Command { get; } =
        Environment.GetEnvironmentVariable("EXECPLAN_CLI") is { Length: > 0 } native ? [Path.GetFullPath(native)] : [ChildProcess.DotnetHost, Dll];

    /// <summary>The program that starts the CLI (dotnet, or the native executable).</summary>
    public static string Program => Command[0];

    /// <summary>The CLI's own arguments after the ones <see cref="Program"/> needs to start it.</summary>
    public static string[] Arguments(params string[] args) => [.. Command.Skip(1), .. args];

    /// <summary>Runs `execplan ARGS` in <paramref name="workingDirectory"/>.</summary>
    public static CommandResult Run(string workingDirectory, params string[] args) =>
        ChildProcess.Run(Program, workingDirectory, Arguments(args), timeout: TimeSpan.FromMinutes(2));
}
