using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace ExecPlan.Build;

/// <summary>Lints the given plans with the engine and logs each plan's findings as soon as it is linted; fails exactly when an error was logged.</summary>
#pragma warning disable CA1001 // The token source has no timer and no wait handle is taken: nothing to dispose, and Cancel may come at any time.
public sealed class ExecPlanLint : Task, ICancelableTask
{
    private readonly CancellationTokenSource cancellation = new();
#pragma warning restore CA1001

    /// <summary>The plan files to lint; none in a repository without plans.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The repository root (discovery base, evidence-path root, config search limit).</summary>
    [Required]
    public string Root { get; set; } = string.Empty;

    /// <summary>The configuration file; empty for none (the engine then searches from the first plan up to the root).</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The plan format (`execplan`, `cookbook`); empty to take it from the configuration.</summary>
    public string? Schema { get; set; }

    /// <summary>The conformance level; empty to take it from the configuration.</summary>
    public string? Level { get; set; }

    /// <summary>The baseline file the build names (a full path: ExecPlanBaselineFile resolved against the project); empty to follow the configuration (see `execplan baseline`).</summary>
    public string? BaselineFile { get; set; }

    /// <summary>A path to write the findings to as SARIF as well; empty for none.</summary>
    public string? SarifFile { get; set; }

    /// <summary>Whether lint warnings are logged as errors (the project's TreatWarningsAsErrors).</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Codes that stay warnings under <see cref="TreatWarningsAsErrors"/>.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>Codes the project silences; never promoted to errors.</summary>
    public string? NoWarn { get; set; }

    /// <summary>
    /// The engine call, streamed: each file's report goes to the third argument as soon as it is done, the run-level findings to the
    /// fourth; tests replace it to simulate failures, slow runs and the order of the calls.
    /// </summary>
    internal Func<LintSettings, IReadOnlyList<string>, Action<FileReport>, Action<ImmutableArray<Diagnostic>>, CancellationToken, LintTotals> Lint { get; set; } =
        static (settings, paths, onFile, onRunFindings, token) => new PlanLinter(settings).Lint(paths, onFile, onRunFindings, token);

    /// <summary>Stops the lint at the engine's next cancellation check (Ctrl+C).</summary>
    public void Cancel() => cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Run();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "ExecPlan lint was cancelled.");
            return false;
        }
#pragma warning disable CA1031 // No exception may escape a task: it would surface as MSB4018 with a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            TaskFailure.Log(Log, exception);
        }

        return !Log.HasLoggedErrors;
    }

    private void Run()
    {
        var level = string.IsNullOrWhiteSpace(Level) ? null : PlanSchemas.FindLevelName(Level);
        if (!string.IsNullOrWhiteSpace(Level) && level is null)
        {
            Log.LogError(null, TaskRules.InvalidSetting, TaskRules.InvalidSetting, null, 0, 0, 0, 0,
                $"Invalid ExecPlanLevel '{Level}'; allowed: {string.Join(", ", PlanSchemas.LevelNames)} (case-insensitive).");
            return;
        }

        var schema = string.IsNullOrWhiteSpace(Schema) ? null : PlanSchemas.Find(Schema);
        if (!string.IsNullOrWhiteSpace(Schema) && schema is null)
        {
            Log.LogError(null, TaskRules.InvalidSetting, TaskRules.InvalidSetting, null, 0, 0, 0, 0,
                $"Invalid ExecPlanSchema '{Schema}'; allowed: {string.Join(", ", PlanSchemas.All.Select(s => s.Key))} (case-insensitive).");
            return;
        }

        var root = Path.GetFullPath(Root);
        var settings = new LintSettings
        {
            RootDirectory = root,
            ConfigFile = string.IsNullOrWhiteSpace(ConfigFile) ? null : Path.GetFullPath(ConfigFile),
            Level = level,
            Schema = schema,
            WorkingDirectory = root,
            BaselineFile = string.IsNullOrWhiteSpace(BaselineFile) ? null : Path.GetFullPath(BaselineFile, root),
        };
        var paths = Files.Select(f => f.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToArray();

        // Each file's findings are logged as soon as the engine hands the file on: the task keeps no file's findings.
        var logger = new DiagnosticLogger(
            Log,
            root,
            ReportedDiagnostics.ForBuild(BuildEngine),
            WarningPolicy.From(TreatWarningsAsErrors, WarningsNotAsErrors, NoWarn));
        using var sarif = SarifReport.Open(SarifFile, root);
        var totals = new BuildReport(logger, sarif).Receive((onFile, onRunFindings) => Lint(settings, paths, onFile, onRunFindings, cancellation.Token));

        if (LintTotals.FormatHint(totals.PlansWithoutFormat, $"set the build property ExecPlanSchema={PlanSchemas.Cookbook.Key}") is { } hint)
        {
            Log.LogMessage(MessageImportance.High, "ExecPlan: " + hint); // once per build, never per plan
        }

        if (sarif is not null)
        {
            sarif.Commit(totals);
            Log.LogMessage(MessageImportance.Normal, $"ExecPlan: wrote SARIF to {Output.ControlCharacters.Escape(sarif.FullPath)}.");
        }

        Log.LogMessage(
            MessageImportance.Normal,
            $"ExecPlan: linted {paths.Length} plan(s) under {Output.ControlCharacters.Escape(root)}: {logger.Errors} error(s), {logger.Warnings} warning(s), {logger.AlreadyReported} already reported in this build, {totals.Baselined} in the baseline.");
    }
}
