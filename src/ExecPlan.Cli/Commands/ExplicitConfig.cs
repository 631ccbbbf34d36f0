using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>Makes sure the findings of a `--config` file reach the report even if the engine did not report them itself.</summary>
internal static class ExplicitConfig
{
    /// <summary>The run, plus the config file's EXP0007 findings that it does not already hold.</summary>
    public static LintRun AddFindings(LintRun run, string? configFile)
    {
        if (configFile is null)
        {
            return run;
        }

        var reported = run.RunDiagnostics
            .Where(d => d.Id == RuleIds.InvalidConfig)
            .Select(d => (FullPath(d.FilePath), d.Span))
            .ToHashSet();
        var missing = ConfigLoader.Load(configFile).Diagnostics
            .Where(d => !reported.Contains((FullPath(d.FilePath), d.Span)))
            .ToList();
        return missing.Count == 0 ? run : run with { RunDiagnostics = [.. missing, .. run.RunDiagnostics] };
    }

    private static string FullPath(string path) => string.IsNullOrEmpty(path) ? string.Empty : Path.GetFullPath(path);
}
