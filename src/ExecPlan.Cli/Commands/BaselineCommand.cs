using System.CommandLine;
using ExecPlan.Baselines;
using ExecPlan.Cli.Files;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan baseline [PATH...]`: records today's findings so that lint and the build report only new ones; `--prune` drops what no longer matches.</summary>
internal static class BaselineCommand
{
    public const string Name = "baseline";

    /// <summary>The command, its options, help notes and action.</summary>
    public static Command Create(CliContext context)
    {
        var paths = CliOptions.Paths();
        var output = new Option<string?>(OptionNames.Output, "-o")
        {
            HelpName = "FILE",
            Description = $"The baseline file (default: the config's baseline:, else {BaselineFile.DefaultName} at the root).",
        };
        var prune = new Option<bool>(OptionNames.Prune) { Description = "Only drop the entries that no longer match a finding; add none." };
        var level = CliOptions.Level();
        var schema = CliOptions.Schema(() => $"The plan format: {CliOptions.SchemaNames(withDefault: true)}.");
        var config = CliOptions.Config();
        var root = CliOptions.Root();
        var command = new Command(Name, "Record today's findings, so that lint and the build fail on new ones only.") { paths, output, prune, level, schema, config, root };
        command.SetAction(result => Run(
            new BaselineArguments(result.GetValue(paths), result.GetValue(output), result.GetValue(prune), result.GetValue(level), result.GetValue(schema), result.GetValue(config), result.GetValue(root)),
            context));
        return command;
    }

    /// <summary>What `baseline --help` says after the options.</summary>
    public static string Notes => $"""
        Lints each PATH (default: the current folder) and writes every finding
        it has to the baseline, replacing the entries of the files it covered
        and keeping those of other files. `execplan lint` and the build then
        suppress the findings the baseline holds and report only new ones (the
        file is used when the config's baseline: names it, when {OptionNames.Baseline}
        names it, or when it is {BaselineFile.DefaultName} at the root).

        An entry is the file, the rule, the section and a hash of the finding's
        line, with a count: editing other lines keeps it matched; fixing one of
        three identical findings leaves two. Secrets and configuration errors
        are never recorded. The file holds no plan text and is sorted, so it
        diffs well; commit it.

        With {OptionNames.Prune}, entries that no longer match (lint reports them
        as EXP0012) are dropped and nothing is added: the baseline only shrinks.
        Exit codes: 0 written, 2 usage error, missing path, invalid configuration
        or baseline, or a file that could not be written (or changed meanwhile).
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(BaselineArguments arguments, CliContext context)
    {
        var target = arguments.Output is { } named ? new OutputTarget(named, context.Resolve(named)) : null;
        var settings = new LintSettings
        {
            Level = LintCommand.ParseLevel(arguments.Level),
            Schema = LintCommand.ParseSchema(arguments.Schema),
            ConfigFile = LintCommand.ExistingFile(arguments.Config, context),
            RootDirectory = LintCommand.ExistingFolder(arguments.Root, context),
            WorkingDirectory = context.WorkingDirectory,
            FileTimeBudget = context.FileTimeBudget,
            BaselineFile = target?.FullPath,
            UseBaseline = arguments.Prune,
        };
        var resolved = CliOptions.ResolvePaths(arguments.Paths, context);
        if (resolved.HasMissing)
        {
            return CliOptions.NotFound(resolved, context);
        }

        if (target?.Refusal(resolved.Paths, settings.ConfigFile) is { } early)
        {
            LintReport.OutputRefused(target, early, context);
            return ExitCodes.Failure;
        }

        // Nothing is written while the configuration or the baseline to prune is broken: the findings they hide are unknown.
        var problems = new List<Diagnostic>();
        var linted = new List<string>();
        var totals = new PlanLinter(settings).Lint(
            resolved.Paths,
            report => linted.Add(report.Path),
            found => problems.AddRange(found.Where(d => d.IsActive && d.Id is RuleIds.InvalidConfig or RuleIds.InvalidBaseline)),
            context.CancellationToken);

        // The file the baseline goes to, named or configured, is never a plan, a configuration or a file the lint reads.
        var outcome = totals.Baseline!;
        var path = outcome.Path;
        var destination = target ?? new OutputTarget(Shown(path, context), path);
        if ((destination.Refusal(resolved.Paths, settings.ConfigFile) ?? (linted.Any(destination.IsInput) ? OutputTarget.InputRefusal : null)) is { } refusal)
        {
            LintReport.OutputRefused(destination, refusal, context);
            return ExitCodes.Failure;
        }

        if (problems.Count > 0)
        {
            CanonicalFormatter.WriteAll(context.Stderr, problems, context.WorkingDirectory);
            context.Stderr.WriteLine($"execplan: {Shown(path, context)} was not written.");
            return ExitCodes.Failure;
        }

        if (arguments.Prune && outcome.File is null)
        {
            context.Stderr.WriteLine($"execplan: there is no baseline to prune at {Shown(path, context)}; write one with 'execplan baseline'.");
            return ExitCodes.Failure;
        }

        var baseline = arguments.Prune ? outcome.Pruned! : outcome.Recorded;
        if (!Write(baseline, path, outcome.File, context))
        {
            return ExitCodes.Failure;
        }

        var entries = Count(baseline.Entries.Length, "entry", "entries");
        var findings = Count(baseline.Findings, "finding", "findings");
        context.Stderr.WriteLine(arguments.Prune
            ? $"execplan: {Shown(path, context)}: {Count(outcome.File!.Findings - baseline.Findings, "finding", "findings")} no longer found, dropped; {entries} ({findings}) left."
            : $"execplan: {Shown(path, context)}: {entries} ({findings}) recorded in {Count(totals.Files, "file", "files")}.");
        return ExitCodes.Success;
    }

    // Replaces the file whole, and only when it still holds what the run read (or, when there was none, while there still is
    // none): a change made meanwhile is never lost.
    private static bool Write(BaselineFile baseline, string path, BaselineFile? read, CliContext context)
    {
        try
        {
            using var file = ReportFile.Create(path);
            file.Writer.Write(baseline.ToJson());
            if (!(read ?? baseline).IsUnchangedAt(path))
            {
                context.Stderr.WriteLine($"execplan: {Shown(path, context)} changed while the findings were read; it was left as it is. Run the command again.");
                return false;
            }

            file.Commit();
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            context.Stderr.WriteLine($"execplan: cannot write {Shown(path, context)}: {ControlCharacters.Escape(exception.Message)}");
            return false;
        }
    }

    private static string Shown(string path, CliContext context) =>
        ControlCharacters.Escape(ReportPath.Relative(path, context.WorkingDirectory, Path.DirectorySeparatorChar));

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}

/// <summary>The arguments of `execplan baseline` as parsed.</summary>
/// <param name="Paths">The PATH arguments.</param>
/// <param name="Output">--output, or null.</param>
/// <param name="Prune">--prune.</param>
/// <param name="Level">--level, or null.</param>
/// <param name="Schema">--schema, or null.</param>
/// <param name="Config">--config, or null.</param>
/// <param name="Root">--root, or null.</param>
internal sealed record BaselineArguments(string[]? Paths, string? Output, bool Prune, string? Level, string? Schema, string? Config, string? Root);
