using ExecPlan.Configuration;
using ExecPlan.Linting;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Task = Microsoft.Build.Utilities.Task;

namespace ExecPlan.Build;

/// <summary>Finds the lint root, its configuration file and its plans the way the CLI does, so the lint target knows its inputs without globbing the tree.</summary>
public sealed class DiscoverExecPlans : Task
{
    /// <summary>The project folder: relative paths resolve against it, and the root search starts there.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>An explicit root (ExecPlanRoot); empty for the nearest folder holding `.git`, else the project folder.</summary>
    public string? Root { get; set; }

    /// <summary>An explicit configuration file (ExecPlanConfigFile); empty to use `.execplan.yaml` at the root.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>Whether to discover the plans; false when the project lists its own ExecPlanFile items.</summary>
    public bool FindPlans { get; set; } = true;

    /// <summary>The full path of the lint root.</summary>
    [Output]
    public string ResolvedRoot { get; private set; } = string.Empty;

    /// <summary>The full path of the configuration file in effect for the root, or empty when there is none.</summary>
    [Output]
    public string ResolvedConfigFile { get; private set; } = string.Empty;

    /// <summary>The configuration file the project named (ExecPlanConfigFile) as a full path, or empty: then each plan takes the nearest `.execplan.yaml`.</summary>
    [Output]
    public string ExplicitConfigFile { get; private set; } = string.Empty;

    /// <summary>Every configuration file that applies to a plan (the root's and the nested ones), for the lint's inputs.</summary>
    [Output]
    public ITaskItem[] ConfigFiles { get; private set; } = [];

    /// <summary>The baseline file the build names (ExecPlanBaselineFile, relative to the project); empty to follow the configuration.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>The baseline file the lint will read when it exists (an input of the incremental lint); see <see cref="LintScope.Baseline"/>.</summary>
    [Output]
    public string ResolvedBaselineFile { get; private set; } = string.Empty;

    /// <summary>The discovered plans, full paths in ordinal order.</summary>
    [Output]
    public ITaskItem[] Plans { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Discover();
        }
#pragma warning disable CA1031 // No exception may escape a task: it would surface as MSB4018 with a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            TaskFailure.Log(Log, exception);
        }

        return !Log.HasLoggedErrors;
    }

    private void Discover()
    {
        // The engine's own resolution, as the CLI's: an explicit root, else the nearest .git, else the configuration's `root:`.
        // A broken configuration is the lint task's to report (with its location); discovery uses what it could read, and reads it
        // without the findings (nor the secret scan that redacts them, most of a cold build's discovery).
        var project = Path.GetFullPath(ProjectDirectory);
        ExplicitConfigFile = string.IsNullOrWhiteSpace(ConfigFile) ? string.Empty : Path.GetFullPath(Path.Combine(project, ConfigFile));
        var scope = LintScope.Resolve(
            new LintSettings
            {
                RootDirectory = string.IsNullOrWhiteSpace(Root) ? null : Path.GetFullPath(Path.Combine(project, Root)),
                ConfigFile = ExplicitConfigFile.Length == 0 ? null : ExplicitConfigFile,
                WorkingDirectory = project,
            },
            project,
            findings: false);
        ResolvedRoot = scope.Root;
        ResolvedConfigFile = scope.Config.FilePath ?? string.Empty;
        ResolvedBaselineFile = scope.Baseline(string.IsNullOrWhiteSpace(BaselineFile) ? null : Path.GetFullPath(Path.Combine(project, BaselineFile))).Path;
        if (!FindPlans)
        {
            return;
        }

        Plans = [.. scope.Plans([ResolvedRoot]).Select(path => new TaskItem(path))];
        if (Plans.Length == 0)
        {
            // The package was added to lint plans: finding none is worth one line at the default verbosity.
            Log.LogMessage(MessageImportance.High, $"ExecPlan: no plans found under {Output.ControlCharacters.Escape(ResolvedRoot)}; looked for {PlanDiscovery.Described}.");
            return;
        }

        if (ExplicitConfigFile.Length == 0)
        {
            ConfigFiles = [.. Plans.Select(p => ConfigLoader.Find(Path.GetDirectoryName(p.ItemSpec)!, ResolvedRoot)).OfType<string>().Distinct(StringComparer.Ordinal).Select(path => new TaskItem(path))];
        }

        Log.LogMessage(MessageImportance.Low, $"ExecPlan: found {Plans.Length} plan(s) under {Output.ControlCharacters.Escape(ResolvedRoot)}.");
    }
}
