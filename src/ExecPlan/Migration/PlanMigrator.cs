using System.Globalization;
using System.Text;
using ExecPlan.Configuration;
using ExecPlan.Fixes;
using ExecPlan.Input;
using ExecPlan.Linting;

namespace ExecPlan.Migration;

/// <summary>
/// Migrates plan files: reads each, leaves an ExecPlan alone, writes the migrated text whole through the fix engine's writer. A run
/// gives each file the lint's time budget (<see cref="LintSettings.FileTimeBudget"/>) and reads it up to its configuration's
/// `max_file_size`: a file over either is not migrated, and its outcome says why.
/// </summary>
public sealed class PlanMigrator(MigrationOptions options)
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Migrates the plans that lint would find under <paramref name="paths"/> (files and folders), reporting each file to
    /// <paramref name="onFile"/> in path order as soon as it and every file before it are done (one call at a time, from the run's threads).
    /// </summary>
    public IReadOnlyList<FileMigration> Migrate(LintSettings settings, IReadOnlyList<string> paths, Action<FileMigration>? onFile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(paths);
        var workingDirectory = Path.GetFullPath(settings.WorkingDirectory);
        var targets = (paths.Count == 0 ? ["."] : paths).Select(p => Path.GetFullPath(p, workingDirectory)).ToList();
        var scope = LintScope.Resolve(settings, targets[0]);
        var plans = scope.Plans(targets);
        var configs = new PlanConfigs(scope.Root, scope.Config, settings);
        var maxSizes = plans.Select(p => configs.For(p).MaxFileSize).ToList();

        // As the lint: own threads with a time budget per file (see BudgetedLoop). The migration runs on the workers; the
        // write and the rename run in the hand-off, in path order, so a file over its budget is never written or moved.
        var files = new List<FileMigration>();
        var budget = $"it ran out of its time budget of {PlanLinter.BudgetText(settings.FileTimeBudget)}";
        BudgetedFileRun.Run(
            plans.Length,
            settings.FileTimeBudget,
            (i, restartClock, token) => Compute(plans[i], maxSizes[i], restartClock, token),
            i => new MigrationWork(new FileMigration(plans[i], MigrationOutcome.Failed, null) { Problem = budget }),
            (_, work) =>
            {
                var file = Write(work);
                onFile?.Invoke(file);
                files.Add(file);
            },
            cancellationToken);
        return files;
    }

    /// <summary>Migrates one file, read up to the default `max_file_size`, without a time budget.</summary>
    public FileMigration Migrate(string path) => Write(Compute(path, ExecPlanConfig.Default.MaxFileSize, () => { }, CancellationToken.None));

    // The work of one file on a worker: read (not charged to the budget: bounded by the size limit), then the migrated text.
    // Nothing is written or moved here.
    private MigrationWork Compute(string path, long maxSize, Action restartClock, CancellationToken cancellationToken)
    {
        var read = BoundedFile.Read(path, maxSize);
        restartClock();
        if (read.Failure == FileReadFailure.TooLarge)
        {
            var size = read.Size.ToString(CultureInfo.InvariantCulture);
            var limit = maxSize.ToString(CultureInfo.InvariantCulture);
            return new MigrationWork(new FileMigration(path, MigrationOutcome.Failed, null) { Problem = $"it is too large: {size} bytes, over the limit of {limit} bytes ({ConfigKeys.MaxFileSize})" });
        }

        var (text, problem) = read.Bytes is { } bytes ? PlanFileReader.Decode(path, bytes) : (null, null);
        if (text is null)
        {
            return new MigrationWork(new FileMigration(path, MigrationOutcome.Failed, null) { Problem = problem?.Message ?? read.Reason ?? "the file could not be read" });
        }

        if (PlanMigration.IsExecPlan(path, text))
        {
            return new MigrationWork(new FileMigration(path, MigrationOutcome.AlreadyExecPlan, null) { Before = text, After = text });
        }

        cancellationToken.ThrowIfCancellationRequested();
        var history = FileHistory.Read(path);
        cancellationToken.ThrowIfCancellationRequested();
        var migrated = PlanMigration.Migrate(path, text, history, options.Owner);
        var renamed = options.Rename ? PlanFileName.For(path, history, PlanMigration.IdOf(path, text)) : null;
        var outcome = options.DryRun ? MigrationOutcome.WouldMigrate : MigrationOutcome.Migrated;
        var file = new FileMigration(path, outcome, history) { Before = text, After = migrated, RenamedTo = options.DryRun ? renamed : null };
        return options.DryRun ? new MigrationWork(file) : new MigrationWork(file, read.Bytes, renamed);
    }

    // The write of one file, in the hand-off (never on a worker the run may have abandoned): whole or not at all, then the rename.
    private FileMigration Write(MigrationWork work)
    {
        if (work.Original is not { } original)
        {
            return work.File;
        }

        var content = Encoding.UTF8.GetBytes(work.File.After!);
        var hasBom = original.AsSpan().StartsWith(ByteOrderMark);
        var (outcome, failure) = PlanFileWriter.Replace(work.File.Path, original, hasBom ? [.. ByteOrderMark, .. content] : content, options.BeforeWrite);
        var result = work.File with
        {
            Outcome = outcome switch
            {
                FixOutcome.Fixed => MigrationOutcome.Migrated,
                FixOutcome.ChangedMeanwhile => MigrationOutcome.ChangedMeanwhile,
                _ => MigrationOutcome.Failed,
            },
            Problem = failure,
        };
        return outcome == FixOutcome.Fixed && work.RenameTo is { } target ? Move(result, target) : result;
    }

    // git mv when git tracks the file (its history follows it), a plain move otherwise; never over an existing file.
    private static FileMigration Move(FileMigration file, string target)
    {
        if (File.Exists(target))
        {
            return file with { Problem = $"not renamed: {Path.GetFileName(target)} already exists" };
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
        var name = Path.GetFileName(file.Path);
        var tracked = Git.Run(folder, "ls-files", "--error-unmatch", "--", name) is not null;
        if (tracked && Git.Run(folder, "mv", "--", name, Path.GetFileName(target)) is not null)
        {
            return file with { RenamedTo = target };
        }

        try
        {
            File.Move(file.Path, target);
            return file with { RenamedTo = target };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return file with { Problem = $"not renamed: {e.Message.TrimEnd('.')}" };
        }
    }

    /// <summary>What a file's work hands to the write: the file's outcome, and for a file to write, the bytes it was read as and where --rename moves it.</summary>
    private sealed record MigrationWork(FileMigration File, byte[]? Original = null, string? RenameTo = null);
}
