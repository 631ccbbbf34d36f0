using ExecPlan.Schema;

namespace ExecPlan.Linting;

/// <summary>What the caller (CLI, MSBuild task, tests) asks of one lint run; these override the config file.</summary>
public sealed class LintSettings
{
    /// <summary>The repository root: discovery base, evidence-path root and config search limit. Null: the nearest folder holding `.git` above the working directory.</summary>
    public string? RootDirectory { get; init; }

    /// <summary>An explicit config file; null to search `.execplan.yaml` from the linted path up to the root.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The conformance level's name, for every file (one of <see cref="Schema.PlanSchemas.LevelNames"/>); null to take it from the config (default: the schema's first level).</summary>
    public string? Level { get; init; }

    /// <summary>The plan format for every file, over the configuration's `schema:` (the command line's --schema); null to follow the configuration.</summary>
    public PlanSchema? Schema { get; init; }

    /// <summary>The clock rules compare against (future timestamps, stale plans, expired locks).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long one file may take (read, parse, rules) before it is reported as EXP0008 and the run goes on without it.</summary>
    public TimeSpan FileTimeBudget { get; init; } = DefaultFileTimeBudget;

    /// <summary>The time budget of one file unless the caller sets another: 10 s.</summary>
    public static TimeSpan DefaultFileTimeBudget { get; } = TimeSpan.FromSeconds(10);

    /// <summary>A plan read from a stream (standard input) instead of the file its path names; null: every plan is read from its file.</summary>
    /// <remarks>Its path is linted as given (the caller passes it as the one path): its configuration is the nearest `.execplan.yaml`
    /// of that path, and findings name it. The stream is read up to `max_file_size`, never further.</remarks>
    public PlanInput? Input { get; init; }

    /// <summary>
    /// Plans held in memory (an editor's unsaved documents) by full path: a plan of the run whose path is here is read from this
    /// text instead of its file, as far as `max_file_size` allows. Null or empty: every plan is read from its file.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Overlays { get; init; }

    /// <summary>
    /// The plans whose findings the caller wants, by full path as discovery gives them (an editor's open documents); null: every
    /// plan of the run. Every other plan of the run is read only for its id (EXP0109; not at all in a format without ids or with the
    /// rule off), is not linted, and gets no report; nor does the baseline count it as covered. A focused plan's report and the run's own findings are the whole run's, except that a
    /// plan read only for its id gives it even where its lint would have given up on it (Markdig refusing it, its time budget
    /// spent). The duplicate ids a focused plan makes of later plans' (a duplicate is reported on the later file) are added to
    /// the run's findings, on those plans, as the whole run reports them there.
    /// </summary>
    public IReadOnlySet<string>? Focus { get; init; }

    /// <summary>
    /// The baseline file (relative to the working directory), over the configuration's `baseline:`; null to follow the
    /// configuration, else the default `.execplan-baseline.json` at the root when it exists. Findings it holds are suppressed.
    /// </summary>
    public string? BaselineFile { get; init; }

    /// <summary>Whether findings are matched against a baseline (false: `execplan baseline` recording today's findings afresh).</summary>
    public bool UseBaseline { get; init; } = true;

    /// <summary>The working directory that relative paths and SARIF URIs are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
}
