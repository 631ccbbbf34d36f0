using System.Collections.Immutable;
using System.Text;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Input;
using ExecPlan.Linting;
using ExecPlan.Rules;
using ExecPlan.Rules.Repository;
using ExecPlan.Rules.Secrets;

namespace ExecPlan.Fixes;

/// <summary>
/// The engine's fix run (`execplan fix`): resolves the run as a lint does (<see cref="LintScope"/>, each plan's configuration), then per
/// file lints the text, applies the fixes that do not overlap, lints again and repeats until nothing changes, and writes the file back
/// whole (keeping its byte-order mark, its newlines and its permissions) unless it changed meanwhile. Each file has the lint's time
/// budget (<see cref="LintSettings.FileTimeBudget"/>): a file over it is not written and reports EXP0008, as the lint does.
/// </summary>
/// <param name="settings">The lint settings (root, configuration, schema, level, clock).</param>
/// <param name="options">What to fix, and whether to write.</param>
public sealed class PlanFixer(LintSettings settings, FixOptions options)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Fixes the plans of <paramref name="paths"/>, handing each file's outcome to <paramref name="onFile"/> in path order (one call at a time, from the run's threads).</summary>
    public FixTotals Fix(IReadOnlyList<string> paths, Action<FileFix> onFile, Action<ImmutableArray<Diagnostic>>? onRunFindings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onFile);
        var workingDirectory = Path.GetFullPath(settings.WorkingDirectory);
        var targets = (paths.Count == 0 ? ["."] : paths).Select(p => Path.GetFullPath(p, workingDirectory)).ToList();
        var scope = LintScope.Resolve(settings, targets[0]);
        var runDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        runDiagnostics.AddRange(scope.ConfigDiagnostics);
        var (repositoryDiagnostics, repository) = RepositoryChecks.Run(scope.Root, scope.Config, settings.Clock);
        runDiagnostics.AddRange(repositoryDiagnostics);
        // A plan held in memory (an editor's unsaved text, an agent's draft) is the run's one plan, fixed in memory and never written.
        var input = settings.Input is { } given ? Path.GetFullPath(given.Path, workingDirectory) : null;
        var files = input is null ? scope.Plans(targets) : [input];
        var configs = new PlanConfigs(scope.Root, scope.Config, settings);
        var planConfigs = files.Select(configs.For).ToList();
        runDiagnostics.AddRange(configs.Diagnostics);
        var names = FileNameSecrets.Find(files, scope.Root, scope.Config);
        var redaction = scope.Config.Redaction.With(configs.Redaction).With(repository.Redaction).With(names.Redaction);
        var runFindings = runDiagnostics.Select(redaction.Apply).ToImmutableArray();
        onRunFindings?.Invoke(runFindings);

        // A file the baseline holds as a plan is fixed as a plan, as the lint reads it (see BaselineFile.PlansHeld).
        var (baselinePath, _) = scope.Baseline(settings.BaselineFile is { } named ? Path.GetFullPath(named, workingDirectory) : null);
        var held = File.Exists(baselinePath) ? Baselines.BaselineFile.Load(baselinePath, Severity.Off).Baseline?.PlansHeld() : null;
        ExecPlanConfig ConfigOf(int i) =>
            held is { Count: > 0 } && held.Contains(names.Redaction.Redact(Output.ReportPath.Relative(files[i], scope.Root))) ? planConfigs[i] with { ReadAsPlan = true } : planConfigs[i];

        // As the lint: own threads with a time budget per file (see BudgetedLoop), the secret scan of each plan first and not
        // charged to it, so that a plan that runs out of time still reports its secrets, next to EXP0008. The fixing runs on the
        // workers; the write runs in the hand-off, in path order, so a file over its budget is never written.
        var (filesFixed, fixes, errors, unsafeFixable, failures) = (0, 0, Errors(runFindings), 0, 0);
        var scanned = new IReadOnlyList<Diagnostic>?[files.Length];
        BudgetedFileRun.Run(
            files.Length,
            settings.FileTimeBudget,
            (i, restartClock, token) => FixInMemory(files[i], files[i] == input ? settings.Input!.Content : null, ConfigOf(i), repository, names, redaction, found => { Volatile.Write(ref scanned[i], found); restartClock(); }, token),
            i => new FileFixWork(TimedOut(files[i], planConfigs[i], Volatile.Read(ref scanned[i]) ?? [], names, redaction)),
            (_, work) =>
            {
                var file = Write(work);
                filesFixed += file.Outcome is FixOutcome.Fixed or FixOutcome.WouldFix ? 1 : 0;
                failures += file.Outcome is FixOutcome.ChangedMeanwhile or FixOutcome.WriteFailed ? 1 : 0;
                fixes += file.Outcome is FixOutcome.Fixed or FixOutcome.WouldFix ? file.Fixed.Length : 0;
                errors += Errors(file.Remaining);
                unsafeFixable += options.Unsafe ? 0 : file.Remaining.Count(d => IsError(d) && Wanted(d.Id) && d.Fixes.Any(f => f.Safety == FixSafety.Unsafe));
                onFile(file);
            },
            cancellationToken);

        return new FixTotals(runFindings, files.Length, filesFixed, fixes, errors, unsafeFixable, failures);
    }

    // The work of one file on a worker: read, then lint, fix and lint again until nothing changes. Nothing is written here.
    // A plan given as a stream (content) is read from it and never written: its outcome is at most WouldFix.
    private FileFixWork FixInMemory(string path, Stream? content, ExecPlanConfig config, RepositoryInfo repository, FileNameSecrets names, SecretRedaction runRedaction, Action<IReadOnlyList<Diagnostic>> scanned, CancellationToken cancellationToken)
    {
        var read = content is null ? BoundedFile.Read(path, config.MaxFileSize) : default;
        var (text, problem) = content is not null ? PlanFileReader.Read(content, path, config.MaxFileSize)
            : read.Bytes is { } bytes ? PlanFileReader.Decode(path, bytes)
            : (null, null);
        if (text is null)
        {
            // Unreadable, too large, not UTF-8: the lint's own finding says why, and nothing is fixed.
            var lint = content is null
                ? FileLinter.Lint(path, path, config, config.LevelInForce, settings.Clock, repository, cancellationToken)
                : FileLinter.Lint((null, problem), path, config, config.LevelInForce, settings.Clock, repository, null, cancellationToken);
            return new FileFixWork(new FileFix(path, lint.Report.Schema, FixOutcome.Unchanged, [], Remaining(lint, names, runRedaction)));
        }

        // The first pass scans the text for secrets before anything else, and restarts the file's clock after the scan.
        var original = HandOff(FileLinter.LintText(path, text, config, config.LevelInForce, settings.Clock, repository, scanned, cancellationToken), names, runRedaction);
        options.BeforeFix?.Invoke(path);
        var current = text;
        var result = original;
        var fixedFindings = ImmutableArray.CreateBuilder<FixedFinding>();
        for (var pass = 0; pass < options.MaxPasses; pass++)
        {
            var candidates = Candidates(result.Diagnostics);
            var applied = AppliedFixes.Apply(current, candidates.Select(c => c.Fix));
            if (applied.Applied.IsEmpty || string.Equals(applied.Text, current, StringComparison.Ordinal))
            {
                break;
            }

            var taken = applied.Applied.ToHashSet(ReferenceEqualityComparer.Instance);
            fixedFindings.AddRange(candidates.Where(c => taken.Contains(c.Fix)));
            current = applied.Text;
            result = Lint(current);
        }

        var outcome = string.Equals(current, text, StringComparison.Ordinal) ? FixOutcome.Unchanged
            : options.DryRun || content is not null ? FixOutcome.WouldFix
            : FixOutcome.Fixed;

        // What remains is the fixed text's findings when it is written (or would be), else the file's as it stands.
        var remaining = outcome == FixOutcome.Unchanged ? original : result;
        var file = new FileFix(path, remaining.Schema, outcome, outcome == FixOutcome.Unchanged ? [] : fixedFindings.ToImmutable(), remaining.Diagnostics)
        {
            Before = text,
            After = current,
        };
        return outcome == FixOutcome.Fixed ? new FileFixWork(file, read.Bytes, original) : new FileFixWork(file);

        FileReport Lint(string plan) =>
            HandOff(FileLinter.LintText(path, plan, config, config.LevelInForce, settings.Clock, repository, cancellationToken), names, runRedaction);
    }

    // The write of one file, in the hand-off: whole or not at all, and only over the bytes that were fixed. A file not written
    // keeps the findings of its text as it stands, fixed nothing.
    private FileFix Write(FileFixWork work)
    {
        if (work.Original is not { } original || work.Unfixed is not { } unfixed)
        {
            return work.File;
        }

        var file = work.File;
        var content = Encoding.UTF8.GetBytes(file.After!);
        var hasBom = original.AsSpan().StartsWith(ByteOrderMark);
        var (outcome, problem) = PlanFileWriter.Replace(file.Path, original, hasBom ? [.. ByteOrderMark, .. content] : content, options.BeforeWrite);
        return outcome == FixOutcome.Fixed
            ? file
            : file with { Schema = unfixed.Schema, Outcome = outcome, Fixed = [], Remaining = unfixed.Diagnostics, Problem = problem };
    }

    // A file over its time budget: not fixed, not written; what its secret scan found and EXP0008 remain (an error by default,
    // so the run fails as the lint would).
    private FileFix TimedOut(string path, ExecPlanConfig config, IReadOnlyList<Diagnostic> secrets, FileNameSecrets names, SecretRedaction runRedaction)
    {
        var findings = Rules.Engine.RuleRunner.Sort([.. secrets, .. PlanLinter.TimeoutFindings(path, config, settings.FileTimeBudget)]);
        var report = new FileReport(path, findings) { Schema = config.SchemaInForce.Key };
        return new FileFix(path, report.Schema, FixOutcome.Unchanged, [], Remaining(new FileLintResult(report, null, default, SecretRedaction.None), names, runRedaction))
        {
            Problem = $"it ran out of its time budget of {PlanLinter.BudgetText(settings.FileTimeBudget)}",
        };
    }

    // Each active finding's fixes that the options allow, once each (one whole-document fix stands on several findings).
    private List<FixedFinding> Candidates(ImmutableArray<Diagnostic> diagnostics)
    {
        var seen = new HashSet<PlanFix>(ReferenceEqualityComparer.Instance);
        return [.. diagnostics
            .Where(d => d.IsActive && Wanted(d.Id))
            .SelectMany(d => d.Fixes.Where(f => (options.Unsafe || f.Safety == FixSafety.Safe) && seen.Add(f)).Select(f => new FixedFinding(d.Id, d.Span, f)))];
    }

    private bool Wanted(string ruleId) => options.Rules.IsEmpty || options.Rules.Contains(ruleId);

    private static ImmutableArray<Diagnostic> Remaining(FileLintResult lint, FileNameSecrets names, SecretRedaction runRedaction) =>
        HandOff(lint, names, runRedaction).Diagnostics;

    // As the lint hands a file on: a secret in its name, then every secret the run knows redacted (and fixes that would write one dropped).
    private static FileReport HandOff(FileLintResult lint, FileNameSecrets names, SecretRedaction runRedaction)
    {
        var report = lint.Report;
        var named = names.FindingsFor(report.Path);
        var diagnostics = named.Count == 0 ? report.Diagnostics : Rules.Engine.RuleRunner.Sort([.. named, .. report.Diagnostics]);
        var redaction = runRedaction.With(lint.Redaction);
        return report with { Diagnostics = [.. diagnostics.Select(redaction.Apply)] };
    }

    /// <summary>What a file's work hands to the write: the file's outcome, and for a file to write, the bytes it was read as and the findings of that text.</summary>
    private sealed record FileFixWork(FileFix File, byte[]? Original = null, FileReport? Unfixed = null);

    private static bool IsError(Diagnostic diagnostic) => diagnostic.IsActive && diagnostic.Severity == Severity.Error;

    private static int Errors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Count(IsError);
}
