using System.CommandLine;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Migration;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan migrate [PATH...] --to execplan`: runs the engine's migration and says what it did and what remains.</summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    private const string Target = "execplan";

    /// <summary>The command, its options, help notes and action.</summary>
    public static Command Create(CliContext context)
    {
        var paths = CliOptions.Paths();
        var to = new Option<string?>(OptionNames.To) { HelpName = "FORMAT", Description = $"The format to migrate to (required): {Target}." };
        to.CompletionSources.Add(Target);
        var owner = new Option<string?>(OptionNames.Owner) { HelpName = "ID", Description = "The owner to write (default: the last git author)." };
        var dryRun = CliOptions.DryRun();
        var rename = new Option<bool>(OptionNames.Rename) { Description = "Move the file to <yyyy-mm-dd>-<slug>-PLAN.md (git mv when git tracks it)." };
        var config = CliOptions.Config();
        var root = CliOptions.Root();
        var command = new Command(Name, "Turn cookbook plans into ExecPlans (--to execplan).") { paths, to, owner, dryRun, rename, config, root };
        command.SetAction(result => Run(
            new MigrateArguments(result.GetValue(paths), result.GetValue(to), result.GetValue(owner), result.GetValue(dryRun), result.GetValue(rename), result.GetValue(config), result.GetValue(root)),
            context));
        return command;
    }

    /// <summary>What `migrate --help` says after the options.</summary>
    public const string Notes = """
        Turns cookbook plans into ExecPlans: front matter from the file's git
        history (created, updated, owner; the modification time without git),
        the PLAN: title, the ExecPlan's headings in its order, timestamps and
        owners on Progress items, Status and Next Action, timestamps on Decision
        Log and Surprises entries, and the missing required sections from the
        schema's templates. Nothing of the plan is dropped: sections the ExecPlan
        does not know follow its own. A file that is an ExecPlan is left alone.

        Exit codes: 0 no errors remain but placeholders to fill (EXP0212), 1 other
        errors remain, 2 usage error, missing path, or a file that could not be
        read or written.
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(MigrateArguments parsed, CliContext context)
    {
        if (!string.Equals(parsed.To, Target, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"migrate needs {OptionNames.To} {Target} (the only format it migrates to)");
        }

        var owner = parsed.Owner;
        if (owner is not null && string.IsNullOrWhiteSpace(owner))
        {
            throw new UsageException($"{OptionNames.Owner} needs an id");
        }

        var settings = new LintSettings
        {
            ConfigFile = LintCommand.ExistingFile(parsed.Config, context),
            RootDirectory = LintCommand.ExistingFolder(parsed.Root, context),
            WorkingDirectory = context.WorkingDirectory,
            Schema = Schema.PlanSchemas.ExecPlan,
            FileTimeBudget = context.FileTimeBudget,
        };
        var dryRun = parsed.DryRun;
        var resolved = CliOptions.ResolvePaths(parsed.Paths, context);
        if (resolved.HasMissing)
        {
            return CliOptions.NotFound(resolved, context);
        }

        var paths = resolved.Paths;

        var options = new MigrationOptions { Owner = owner, DryRun = dryRun, Rename = parsed.Rename, BeforeWrite = context.BeforeWrite };
        var files = new PlanMigrator(options).Migrate(settings, paths, file => Report(file, dryRun, context), context.CancellationToken);
        return Finish(files, settings, dryRun, context);
    }

    private static void Report(FileMigration file, bool dryRun, CliContext context)
    {
        var path = ControlCharacters.Escape(ReportPath.Relative(file.Path, context.WorkingDirectory, Path.DirectorySeparatorChar));
        if (file.History is { FromGit: false })
        {
            context.Stderr.WriteLine($"execplan: note: {path} has no git history; its dates are the file's modification time.");
        }

        switch (file.Outcome)
        {
            case MigrationOutcome.AlreadyExecPlan:
                context.Stderr.WriteLine($"{path}: already an ExecPlan, left as it is");
                break;
            case MigrationOutcome.Migrated or MigrationOutcome.WouldMigrate:
                var renamed = file.RenamedTo is { } to ? $" -> {ControlCharacters.Escape(ReportPath.Relative(to, context.WorkingDirectory, Path.DirectorySeparatorChar))}" : string.Empty;
                (dryRun ? context.Stderr : context.Stdout).WriteLine($"{path}: {(dryRun ? "would migrate" : "migrated")}{renamed}");
                if (dryRun)
                {
                    UnifiedDiff.Write(context.Stdout, ReportPath.Relative(file.Path, context.WorkingDirectory), file.Before!, file.After!);
                }

                break;
            default:
                context.Stderr.WriteLine($"execplan: {path} was not migrated: {ControlCharacters.Escape((file.Problem ?? "it changed while it was being migrated").TrimEnd('.'))}.");
                break;
        }

        if (file.Outcome == MigrationOutcome.Migrated && file.Problem is { } problem)
        {
            context.Stderr.WriteLine($"execplan: {path}: {ControlCharacters.Escape(problem)}.");
        }
    }

    // Errors left in the migrated files, the placeholders only a person can fill (EXP0212) aside.
    private static int Finish(IReadOnlyList<FileMigration> files, LintSettings settings, bool dryRun, CliContext context)
    {
        var migrated = files.Count(f => f.Outcome is MigrationOutcome.Migrated or MigrationOutcome.WouldMigrate);
        context.Stderr.WriteLine($"execplan: {(dryRun ? "would migrate" : "migrated")} {migrated} of {files.Count} {(files.Count == 1 ? "file" : "files")}.");
        if (files.Any(f => f.Outcome is MigrationOutcome.Failed or MigrationOutcome.ChangedMeanwhile))
        {
            return ExitCodes.Failure;
        }

        var written = files.Where(f => f.Outcome == MigrationOutcome.Migrated).Select(f => f.RenamedTo ?? f.Path).ToList();
        if (dryRun || written.Count == 0)
        {
            return ExitCodes.Success;
        }

        var errors = new PlanLinter(settings).Lint(written).All
            .Count(d => d.IsActive && d.Severity == Severity.Error && d.Id != RuleIds.UnfilledPlaceholder);
        if (errors == 0)
        {
            return ExitCodes.Success;
        }

        context.Stderr.WriteLine($"execplan: {errors} {(errors == 1 ? "error remains" : "errors remain")} besides the placeholders to fill; run '{ToolInfo.Name} lint' to list them.");
        return ExitCodes.LintErrors;
    }
}

/// <summary>The arguments of `execplan migrate` as parsed.</summary>
/// <param name="Paths">The PATH arguments.</param>
/// <param name="To">--to, or null.</param>
/// <param name="Owner">--owner, or null.</param>
/// <param name="DryRun">--dry-run or --diff.</param>
/// <param name="Rename">--rename.</param>
/// <param name="Config">--config, or null.</param>
/// <param name="Root">--root, or null.</param>
internal sealed record MigrateArguments(string[]? Paths, string? To, string? Owner, bool DryRun, bool Rename, string? Config, string? Root);
