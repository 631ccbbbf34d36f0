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

    private static readonly ArgumentParser Parser = new(
        [OptionNames.To, OptionNames.Owner, OptionNames.Config, OptionNames.Root],
        [OptionNames.DryRun, OptionNames.Diff, OptionNames.Rename]);

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        if (parsed.WantsHelp)
        {
            context.Stdout.Write(HelpText.Migrate);
            return ExitCodes.Success;
        }

        if (!string.Equals(parsed.Get(OptionNames.To), Target, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"migrate needs {OptionNames.To} {Target} (the only format it migrates to)");
        }

        var owner = parsed.Get(OptionNames.Owner);
        if (owner is not null && string.IsNullOrWhiteSpace(owner))
        {
            throw new UsageException($"{OptionNames.Owner} needs an id");
        }

        var settings = new LintSettings
        {
            ConfigFile = LintCommand.ExistingFile(parsed.Get(OptionNames.Config), context),
            RootDirectory = LintCommand.ExistingFolder(parsed.Get(OptionNames.Root), context),
            WorkingDirectory = context.WorkingDirectory,
            Schema = Schema.PlanSchemas.ExecPlan,
            FileTimeBudget = context.FileTimeBudget,
        };
        var dryRun = parsed.Options.ContainsKey(OptionNames.DryRun) || parsed.Options.ContainsKey(OptionNames.Diff);
        var paths = (parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals).Select(context.Resolve).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            context.Stderr.WriteLine($"execplan: path not found: {ControlCharacters.Escape(missing)}");
            return ExitCodes.Failure;
        }

        var options = new MigrationOptions { Owner = owner, DryRun = dryRun, Rename = parsed.Options.ContainsKey(OptionNames.Rename), BeforeWrite = context.BeforeWrite };
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
