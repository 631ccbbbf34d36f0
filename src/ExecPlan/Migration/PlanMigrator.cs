using System.Text;
using ExecPlan.Fixes;
using ExecPlan.Input;
using ExecPlan.Linting;

namespace ExecPlan.Migration;

/// <summary>Migrates plan files: reads each, leaves an ExecPlan alone, writes the migrated text whole through the fix engine's writer.</summary>
public sealed class PlanMigrator(MigrationOptions options)
{
    private const long MaxFileSize = 4 * 1024 * 1024;
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Migrates the plans that lint would find under <paramref name="paths"/> (files and folders), reporting each file as it is done.</summary>
    public IReadOnlyList<FileMigration> Migrate(LintSettings settings, IReadOnlyList<string> paths, Action<FileMigration>? onFile = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(paths);
        var workingDirectory = Path.GetFullPath(settings.WorkingDirectory);
        var targets = (paths.Count == 0 ? ["."] : paths).Select(p => Path.GetFullPath(p, workingDirectory)).ToList();
        var scope = LintScope.Resolve(settings, targets[0]);
        var files = new List<FileMigration>();
        foreach (var path in scope.Plans(targets))
        {
            var file = Migrate(path);
            onFile?.Invoke(file);
            files.Add(file);
        }

        return files;
    }

    /// <summary>Migrates one file.</summary>
    public FileMigration Migrate(string path)
    {
        var read = BoundedFile.Read(path, MaxFileSize);
        var (text, problem) = read.Bytes is { } bytes ? PlanFileReader.Decode(path, bytes) : (null, null);
        if (text is null)
        {
            return new FileMigration(path, MigrationOutcome.Failed, null) { Problem = problem?.Message ?? "the file could not be read" };
        }

        if (PlanMigration.IsExecPlan(path, text))
        {
            return new FileMigration(path, MigrationOutcome.AlreadyExecPlan, null) { Before = text, After = text };
        }

        var history = FileHistory.Read(path);
        var migrated = PlanMigration.Migrate(path, text, history, options.Owner);
        var renamed = options.Rename ? PlanFileName.For(path, history) : null;
        if (options.DryRun)
        {
            return new FileMigration(path, MigrationOutcome.WouldMigrate, history) { Before = text, After = migrated, RenamedTo = renamed };
        }

        var content = Encoding.UTF8.GetBytes(migrated);
        var hasBom = read.Bytes!.AsSpan().StartsWith(ByteOrderMark);
        var (outcome, failure) = PlanFileWriter.Replace(path, read.Bytes!, hasBom ? [.. ByteOrderMark, .. content] : content, options.BeforeWrite);
        var result = new FileMigration(path, outcome switch
        {
            FixOutcome.Fixed => MigrationOutcome.Migrated,
            FixOutcome.ChangedMeanwhile => MigrationOutcome.ChangedMeanwhile,
            _ => MigrationOutcome.Failed,
        }, history) { Before = text, After = migrated, Problem = failure };
        return outcome == FixOutcome.Fixed && renamed is not null ? Move(result, renamed) : result;
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
}
