using System.Diagnostics;

namespace ExecPlan.TestSupport;

/// <summary>
/// Runs `dotnet` (or git, mkfifo, a shell) as a child process the way a user would: none of the test host's MSBuild and VSTest
/// variables, no build server or node reuse left running, no logo, telemetry or first-run text; both streams captured, and a
/// child that outlives its time killed with its whole tree.
/// </summary>
internal static class ChildProcess
{
    /// <summary>How long a child may run unless its caller says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet host running these tests (set by `dotnet test`), else the one on the PATH.</summary>
    public static string DotnetHost { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    /// <summary>Runs `dotnet <paramref name="arguments"/>`; see <see cref="Run"/>.</summary>
    public static CommandResult Dotnet(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null) =>
        Run(DotnetHost, workingDirectory, arguments, environment, timeout);

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/>. Each <paramref name="environment"/> entry is set
    /// after the isolation, a null value removing the variable. Throws <see cref="TimeoutException"/> when the child, or anything
    /// holding its output open, is not done within <paramref name="timeout"/>.</summary>
    public static CommandResult Run(string program, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start.Environment, environment ?? new Dictionary<string, string?>());
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A process left running (a build node) may hold the streams open after the child itself has exited.
        if (!process.WaitForExit(limit) || !Task.WaitAll([output, error], Remaining(limit, clock)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit}.");
        }

        return new CommandResult(process.ExitCode, output.Result, error.Result);
    }

    private static TimeSpan Remaining(TimeSpan limit, Stopwatch clock) => limit > clock.Elapsed ? limit - clock.Elapsed : TimeSpan.Zero;

    private static void Isolate(IDictionary<string, string?> variables, IReadOnlyDictionary<string, string?> environment)
    {
        // `dotnet test` sets MSBuild variables (SDK paths, MSBuild.dll) that would steer a child build.
        foreach (var name in variables.Keys.Where(IsHostVariable).ToList())
        {
            variables.Remove(name);
        }

        variables["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        variables["MSBUILDDISABLENODEREUSE"] = "1";
        variables["DOTNET_NOLOGO"] = "1";
        variables["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        variables["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                variables.Remove(name);
            }
            else
            {
                variables[name] = value;
            }
        }
    }

    private static bool IsHostVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);
}
