using System.Diagnostics;
using System.Text;

namespace ExecPlan.Templates.Tests;

/// <summary>Runs the `dotnet` host as a child process with a clean, predictable environment.</summary>
internal static class DotnetCommand
{
    /// <summary>The user name the children see in `USER` unless a test says otherwise.</summary>
    public const string TestUser = "test-user";

    // Set by `dotnet test`'s MSBuild; a child build must find its own.
    private static readonly string[] Inherited = ["MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly"];

    public static CommandResult Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
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

        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["USER"] = TestUser;
        start.Environment.Remove("USERNAME");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        return Wait(start, timeout ?? TimeSpan.FromMinutes(10));
    }

    private static CommandResult Wait(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', start.ArgumentList)} did not finish in {timeout}.");
        }

        process.WaitForExit();
        return new CommandResult(process.ExitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What a child process did.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
