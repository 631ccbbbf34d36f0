using System.Collections.Immutable;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;

namespace ExecPlan.Linting;

/// <summary>
/// The one resolution of a run, shared by every front end (the CLI, the MSBuild tasks, editors): the run's configuration
/// (the explicit file, else the nearest `.execplan.yaml` from the first path up to the root), the root (the explicit one,
/// else the nearest folder holding `.git`, else the configuration's `root:`, else the first path's folder) and the plans
/// under it. Each plan then takes its own nearest configuration (<see cref="PlanConfigs"/>).
/// </summary>
/// <param name="Root">The repository root: discovery base, evidence-path root and configuration search limit.</param>
/// <param name="Config">The run's configuration (discovery globs, repository checks).</param>
/// <param name="ConfigDiagnostics">The findings of reading it (EXP0007).</param>
public sealed record LintScope(string Root, ExecPlanConfig Config, ImmutableArray<Diagnostic> ConfigDiagnostics)
{
    /// <summary>Resolves the scope of a run over <paramref name="firstPath"/> (a file or a folder; relative to the settings' working directory).</summary>
    public static LintScope Resolve(LintSettings settings, string firstPath) => Resolve(settings, firstPath, findings: true);

    /// <summary>
    /// As <see cref="Resolve(LintSettings, string)"/>; without <paramref name="findings"/> (plan discovery, which reports nothing of
    /// the configuration) the configuration is read without its secret scan and <see cref="ConfigDiagnostics"/> is empty. The scan
    /// loads the secret rule set: most of a cold build's discovery.
    /// </summary>
    public static LintScope Resolve(LintSettings settings, string firstPath, bool findings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(firstPath);
        var workingDirectory = Path.GetFullPath(settings.WorkingDirectory);
        var target = Path.GetFullPath(firstPath, workingDirectory);
        var start = Directory.Exists(target) ? target : Path.GetDirectoryName(target) ?? workingDirectory;
        var explicitRoot = settings.RootDirectory is { } given ? Path.GetFullPath(given, workingDirectory) : null;
        var git = RepositoryRoot.Find(start);

        var (config, diagnostics) = settings.ConfigFile is { } explicitFile
            ? ConfigLoader.Load(Path.GetFullPath(explicitFile, workingDirectory), findings)
            : ConfigLoader.Find(start, explicitRoot ?? git ?? start) is { } found ? ConfigLoader.Load(found, findings) : (ExecPlanConfig.Default, []);

        var root = explicitRoot
            ?? git
            ?? (config is { FilePath: { } file, Root: { } configured } ? Path.GetFullPath(configured, Path.GetDirectoryName(file)!) : start);

        // One baseline covers the repository: the root's configuration names it (or the explicit one), whichever folder is linted.
        var baseline = config.Baseline;
        if (settings.ConfigFile is null && !string.Equals(Path.GetDirectoryName(config.FilePath), Path.TrimEndingDirectorySeparator(root), StringComparison.Ordinal))
        {
            var rootConfig = Path.Combine(root, ConfigLoader.FileName);
            baseline = File.Exists(rootConfig) ? ConfigLoader.Load(rootConfig, findings: false).Config.Baseline : null;
        }

        // The command line's and the build's format and level win over the file's for the run's own checks too (the policy
        // pointer is one format's convention), as they do for each plan (PlanConfigs).
        if (settings.Schema is { } schema && !ReferenceEquals(config.Schema, schema))
        {
            config = config with { Schema = schema };
        }

        if (settings.Level is { } level && config.Level != level)
        {
            config = config with { Level = level };
        }

        return new LintScope(root, config, diagnostics) { ConfiguredBaseline = baseline };
    }

    /// <summary>The baseline file the root's configuration (or the explicit one) names, or null.</summary>
    public string? ConfiguredBaseline { get; init; }

    /// <summary>
    /// The run's baseline file: <paramref name="named"/> (the caller's, a full path), else the root configuration's `baseline:`, else
    /// `.execplan-baseline.json` at the root (used only when it exists); whether it was named (a named baseline must exist).
    /// </summary>
    public (string Path, bool Named) Baseline(string? named)
    {
        var configured = named ?? ConfiguredBaseline;
        return (configured ?? System.IO.Path.Combine(Root, Baselines.BaselineFile.DefaultName), configured is not null);
    }

    /// <summary>The plans of the targets: a file as given, a folder searched (<see cref="PlanDiscovery"/>), in ordinal order without repeats.</summary>
    public ImmutableArray<string> Plans(IEnumerable<string> targets) =>
        [.. targets
            .SelectMany(t => Directory.Exists(t) ? PlanDiscovery.Discover(t, Config, Root) : [t])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
