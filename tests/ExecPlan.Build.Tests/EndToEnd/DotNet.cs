using System.Diagnostics;

namespace ExecPlan.Build.Tests.EndToEnd;

/// <summary>Runs the dotnet CLI as a user would: no build server, no node reuse, none of the test host's MSBuild variables.</summary>
internal static class DotNet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs `dotnet <paramref name="arguments"/>` in <paramref name="workingDirectory"/> and returns its exit code and output.</summary>
    public static BuildOutput Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProcess(workingDirectory, "dotnet", environment, arguments);

    /// <summary>Runs another program (git) with the same isolated environment.</summary>
    public static BuildOutput RunProcess(string workingDirectory, string program, params string[] arguments) =>
        RunProcess(workingDirectory, program, new Dictionary<string, string>(), arguments);

    private static BuildOutput RunProcess(string workingDirectory, string program, IReadOnlyDictionary<string, string> environment, string[] arguments)
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

        Isolate(start.Environment, environment);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BuildOutput(process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void Isolate(IDictionary<string, string?> variables, IReadOnlyDictionary<string, string> environment)
    {
        // The test host sets MSBuild variables (SDK paths, MSBuild.dll) that would steer the child build.
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
            variables[name] = value;
        }
    }

    private static bool IsHostVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);
}
