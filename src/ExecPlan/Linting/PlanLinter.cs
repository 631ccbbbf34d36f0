using System.Collections.Immutable;
using ExecPlan.Baselines;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Rules;
using ExecPlan.Rules.Repository;
using ExecPlan.Rules.Secrets;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Linting;

/// <summary>The one entry point of the engine: lints files and folders with the given settings.</summary>
/// <param name="settings">What the caller asks of the run.</param>
[ImplementsRule(RuleIds.DuplicateId)]
[ImplementsRule(RuleIds.LintTimeout)]
public sealed class PlanLinter(LintSettings settings)
{
    // What LintText learns of the repository's files, made on its first call.
    private RepositoryInfo? _repository;

    /// <summary>The settings of this linter.</summary>
    public LintSettings Settings { get; } = settings;

    /// <summary>Lints each path: a file is always linted, a folder is searched for plans (see <see cref="PlanDiscovery"/>).</summary>
    public LintRun Lint(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var files = ImmutableArray.CreateBuilder<FileReport>();
        var (runDiagnostics, unchosen, baseline) = Run(paths, null, files.Add, cancellationToken);
        return new LintRun(files.ToImmutable(), runDiagnostics) { PlansWithoutFormat = unchosen, Baseline = baseline };
    }

    /// <summary>
    /// Lints like <see cref="Lint(IReadOnlyList{string}, CancellationToken)"/> but keeps no report: the run-level findings go to
    /// <paramref name="onRunFindings"/> first, then each file's report to <paramref name="onFile"/>, in path order, as soon as it and
    /// every file before it are done (one call at a time, from the linting threads), then the run-level findings only the end of the
    /// run knows (stale baseline entries, the duplicates a focus makes of later plans) to <paramref name="onRunFindings"/> again.
    /// Memory stays bounded whatever the number of plans.
    /// </summary>
    /// <returns>The run-level findings and the counts.</returns>
    public LintTotals Lint(IReadOnlyList<string> paths, Action<FileReport> onFile, Action<ImmutableArray<Diagnostic>>? onRunFindings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onFile);
        var totals = new LintTotals.Counter();
        var files = 0;
        var (runDiagnostics, unchosen, baseline) = Run(
            paths,
            found =>
            {
                foreach (var diagnostic in found)
                {
                    totals.Add(diagnostic);
                }

                onRunFindings?.Invoke(found);
            },
            report =>
            {
                files++;
                foreach (var diagnostic in report.Diagnostics)
                {
                    totals.Add(diagnostic);
                }

                onFile(report);
            },
            cancellationToken);
        return totals.ToTotals(runDiagnostics, files) with { PlansWithoutFormat = unchosen, Baseline = baseline };
    }

    // The run-level findings, and how many plans were read in the default format without its front matter (none, or one
    // without its required fields) while no
    // configuration or setting chose a format (plans of another format, most likely: the front ends say once how to choose it).
    private (ImmutableArray<Diagnostic> Findings, int PlansWithoutFormat, BaselineOutcome Baseline) Run(IReadOnlyList<string> paths, Action<ImmutableArray<Diagnostic>>? onRunFindings, Action<FileReport> onFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        Warmup.Start();
        var workingDirectory = Path.GetFullPath(Settings.WorkingDirectory);
        var targets = (paths.Count == 0 ? ["."] : paths).Select(p => Path.GetFullPath(p, workingDirectory)).ToList();
        var runDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

        var scope = LintScope.Resolve(Settings, targets[0]);
        var (root, config) = (scope.Root, scope.Config);
        runDiagnostics.AddRange(scope.ConfigDiagnostics);
        var (repositoryDiagnostics, repository) = RepositoryChecks.Run(root, config, Settings.Clock);
        runDiagnostics.AddRange(repositoryDiagnostics);

        // A plan from a stream is the run's one plan, read from the stream and not from the file its path names.
        var input = Settings.Input is { } given ? Path.GetFullPath(given.Path, workingDirectory) : null;
        var files = input is null ? scope.Plans(targets) : [input];

        // Each plan's configuration (the nearest file wins) is read before the first plan is linted, so that the findings of
        // every configuration file are run-level findings, reported first.
        var configs = new PlanConfigs(root, config, Settings);
        var planConfigs = files.Select(configs.For).ToList();
        runDiagnostics.AddRange(configs.Diagnostics);

        // Secrets in the configuration, the lock file, the policy pointer or a file's name are kept out of every finding of
        // the run, wherever it quotes them (an unknown key, a lock owner, the path of the plan that first used an id).
        var names = FileNameSecrets.Find(files, root, config);
        var redaction = config.Redaction.With(configs.Redaction).With(repository.Redaction).With(names.Redaction);

        // The baseline's findings are suppressed as they pass, run findings first, then file by file in path order.
        var (baselinePath, baseline, baselineProblem) = ReadBaseline(scope, workingDirectory);
        if (baselineProblem is not null)
        {
            runDiagnostics.Add(baselineProblem);
        }

        var matcher = new BaselineMatcher(baseline, Settings.UseBaseline, root, names.Redaction.Redact);
        var runFindings = matcher.Match(runDiagnostics.Select(redaction.Apply).ToImmutableArray());
        onRunFindings?.Invoke(runFindings);

        // Own threads, not Parallel.For: a file over its time budget is reported (EXP0008) and left behind.
        // Reports are handed on in path order, so a duplicate id is always reported on the later file.
        // The secret scan of each file runs first and is not charged to its budget; a file that then runs out of time
        // reports what the scan found next to EXP0008 (an error), so a slow file can never hide a secret.
        var duplicates = new DuplicateIds(config);
        var unchosen = 0; // handed on one at a time, never concurrently
        var scanned = new IReadOnlyList<Diagnostic>?[files.Length];
        var focus = Settings.Focus;
        bool InFocus(int i) => focus is null || focus.Contains(files[i]);

        // A plan outside the focus is not linted, and is read only for its id, when its format names an id field: its id passes the
        // duplicate-id check in path order. One before a focused plan can make the focused plan's id a duplicate; one after it is
        // made a duplicate by the focused plan (a duplicate is reported on the later file): that finding of the unfocused plan is
        // the focus's doing, and is reported with the run's findings, so that the author of a plan that takes an id already used
        // further on is told (the repository's lint reports it there).
        var focusedRedactions = new Dictionary<string, SecretRedaction>(StringComparer.Ordinal);
        var madeDuplicates = ImmutableArray.CreateBuilder<Diagnostic>();
        bool Identifies(int i) => duplicates.Enabled && planConfigs[i].SchemaInForce.FrontMatterField(SchemaRoles.Id) is not null;
        BudgetedLoop<FileLintResult>.Run(
            files.Length,
            Environment.ProcessorCount,
            Settings.FileTimeBudget,
            (i, restartClock, token) => !InFocus(i)
                ? FileLinter.Identify(Identifies(i) ? Read(files[i], files[i] == input, planConfigs[i].MaxFileSize) : (null, null), files[i], planConfigs[i])
                : FileLinter.Lint(
                    Read(files[i], files[i] == input, planConfigs[i].MaxFileSize),
                    files[i],
                    matcher.HoldsAsPlan(files[i]) ? planConfigs[i] with { ReadAsPlan = true } : planConfigs[i],
                    planConfigs[i].LevelInForce,
                    Settings.Clock,
                    repository,
                    found => { Volatile.Write(ref scanned[i], found); restartClock(); },
                    token),
            i => new FileLintResult(new FileReport(files[i], Rules.Engine.RuleRunner.Sort([.. Volatile.Read(ref scanned[i]) ?? [], .. TimeoutFindings(files[i], planConfigs[i], Settings.FileTimeBudget)])) { Schema = planConfigs[i].SchemaInForce.Key }, null, default, SecretRedaction.None),
            (i, result) =>
            {
                if (!InFocus(i))
                {
                    if (duplicates.Check(result) is { Duplicate: { } duplicate, First: { } first } && focusedRedactions.TryGetValue(first, out var firstRedaction))
                    {
                        madeDuplicates.Add(firstRedaction.Apply(duplicate));
                    }

                    return;
                }

                var fileRedaction = redaction.With(result.Redaction);
                if (focus is not null)
                {
                    focusedRedactions[files[i]] = fileRedaction; // kept only in a focused run, so a whole run holds nothing per file
                }

                var report = HandOff(duplicates.Check(result).Report, names, fileRedaction);
                unchosen += planConfigs[i].Schema is null && OfAnotherFormat(report) ? 1 : 0;
                if (files[i] == input && !Settings.Input!.Named)
                {
                    report = report with { Diagnostics = report.Diagnostics.RemoveAll(d => d.Id == RuleIds.PlanFileName) };
                }

                onFile(report with { Diagnostics = matcher.Match(report.Diagnostics) });
            },
            cancellationToken);

        // What the baseline still counts of the files this run covered was fixed (or its line rewritten): stale, said last.
        // A run with a focus covers its focused plans only.
        var linted = files.Where((_, i) => InFocus(i)).ToHashSet(StringComparer.Ordinal);
        List<string> folders = focus is not null ? [] : targets.Where(Directory.Exists).Select(t => Path.TrimEndingDirectorySeparator(t) + Path.DirectorySeparatorChar).ToList();
        bool Covered(string path) => linted.Contains(path) || folders.Any(f => path.StartsWith(f, StringComparison.Ordinal));
        // The duplicates made of plans outside the focus are matched after the outcome is taken: the run did not judge those plans.
        var stale = matcher.Stale(baselinePath, Covered, config.SeverityOf(RuleCatalog.StaleBaselineEntry));
        var outcome = matcher.Outcome(baselinePath, Covered);
        var later = matcher.Match(madeDuplicates.ToImmutable()).AddRange(stale);
        if (!later.IsEmpty)
        {
            onRunFindings?.Invoke(later);
        }

        return (runFindings.AddRange(later), unchosen, outcome);
    }

    // A plan read in the default format that shows neither of its marks: no front matter (or one without the fields it requires)
    // and no title of its form. An ExecPlan that lacks one field keeps its `PLAN:` title and is not counted.
    private static bool OfAnotherFormat(FileReport report) =>
        report.Diagnostics.Any(d => d.IsActive && d.Id == RuleIds.MissingFrontMatter)
        || (report.Diagnostics.Any(d => d.IsActive && d.Id == RuleIds.MissingField) && report.Diagnostics.Any(d => d.IsActive && d.Id == RuleIds.MissingTitle));

    // The run's baseline: the one the caller names, else the configuration's, else the default file at the root when it
    // exists. A baseline that is named but missing, or malformed, is EXP0011 and matches nothing. A run that records a
    // baseline afresh reads the old one for the entries of files it does not cover, so a malformed one is EXP0011 there too.
    private (string Path, BaselineFile? Baseline, Diagnostic? Problem) ReadBaseline(LintScope scope, string workingDirectory)
    {
        var (path, named) = scope.Baseline(Settings.BaselineFile is { } given ? Path.GetFullPath(given, workingDirectory) : null);
        if ((!named || !Settings.UseBaseline) && !File.Exists(path))
        {
            return (path, null, null);
        }

        var severity = scope.Config.SeverityOf(RuleCatalog.InvalidBaseline);
        var (baseline, problem) = BaselineFile.Load(path, severity);
        return (path, baseline, severity == Severity.Off ? null : problem);
    }

    // A plan's text: from the input stream, from an overlay held in memory, else from its file; bounded by max_file_size each way.
    private (string? Text, Diagnostic? Problem) Read(string file, bool isInput, long maxSize)
    {
        if (isInput)
        {
            return PlanFileReader.Read(Settings.Input!.Content, file, maxSize);
        }

        if (Settings.Overlays?.TryGetValue(file, out var text) == true)
        {
            using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            return PlanFileReader.Read(content, file, maxSize);
        }

        return PlanFileReader.Read(file, maxSize);
    }

    // What the run adds to a file's report before it leaves the engine: a secret in its name, then the redaction of
    // everything the run knows to be secret (the file's own, the configuration's, the repository files', the names').
    private static FileReport HandOff(FileReport report, FileNameSecrets names, SecretRedaction redaction)
    {
        var named = names.FindingsFor(report.Path);
        var diagnostics = named.Count == 0 ? report.Diagnostics : Rules.Engine.RuleRunner.Sort([.. named, .. report.Diagnostics]);
        return report with { Diagnostics = [.. diagnostics.Select(redaction.Apply)], Summary = report.Summary?.Redacted(redaction.Redact) };
    }

    /// <summary>
    /// Parses a plan as a lint would, within the same limits (line length, nesting, size), with the configuration's format and extra
    /// sections: what an editor reads for an outline or completions. Null when the lint would refuse to parse it (EXP0009).
    /// </summary>
    public static Model.PlanDocument? Parse(string path, string text, ExecPlanConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return FileLinter.Parse(path, text, config).Document;
    }

    /// <summary>
    /// Lints one plan held in memory, as if it were the file <paramref name="path"/>. What the linter learns of the repository's
    /// files (whether a path cited as evidence exists, which file names it holds) is kept for the linter's life, as one run keeps
    /// it for all its plans: a new linter looks again.
    /// </summary>
    public FileReport LintText(string path, string text, ExecPlanConfig? config = null, CancellationToken cancellationToken = default)
    {
        config = new PlanConfigs(Settings.WorkingDirectory, config ?? ExecPlanConfig.Default, Settings).Run;
        var repository = LazyInitializer.EnsureInitialized(ref _repository, () => new RepositoryInfo(Settings.RootDirectory, []));
        return FileLinter.LintText(path, text, config, config.LevelInForce, Settings.Clock, repository, cancellationToken).Report;
    }

    /// <summary>What a file that ran out of its time budget reports (EXP0008, at the severity its configuration gives it; nothing when it is off). The fix run reports it too.</summary>
    internal static ImmutableArray<Diagnostic> TimeoutFindings(string path, ExecPlanConfig config, TimeSpan budget)
    {
        var rule = RuleCatalog.LintTimeout;
        var severity = config.SeverityOf(rule);
        return severity == Severity.Off ? [] : [new Diagnostic(rule, severity, path, SourceSpan.FileStart, rule.Format(BudgetText(budget)))];
    }

    /// <summary>A time budget as the findings and messages write it ("10 s", "0.001 s").</summary>
    internal static string BudgetText(TimeSpan budget) =>
        budget.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";

    // EXP0109: the first file (in path order) keeps its id; every later file with the same id is reported.
    private sealed class DuplicateIds(ExecPlanConfig config)
    {
        private readonly Dictionary<string, string> _firstById = new(StringComparer.Ordinal);
        private readonly Severity _severity = config.SeverityOf(RuleCatalog.DuplicateId);

        /// <summary>Whether a duplicate id is reported at all.</summary>
        public bool Enabled => _severity != Severity.Off;

        /// <summary>The report with EXP0109 added when its id was taken by an earlier file; the finding and that file apart.</summary>
        public (FileReport Report, Diagnostic? Duplicate, string? First) Check(FileLintResult result)
        {
            var (report, id, span) = result;
            if (string.IsNullOrEmpty(id) || _firstById.TryAdd(id, report.Path) || _severity == Severity.Off)
            {
                return (report, null, null);
            }

            var rule = RuleCatalog.DuplicateId;
            var first = _firstById[id];
            var duplicate = new Diagnostic(rule, _severity, report.Path, span, rule.Format(id, first));
            return (report with { Diagnostics = Rules.Engine.RuleRunner.Sort(report.Diagnostics.Add(duplicate)) }, duplicate, first);
        }
    }
}
