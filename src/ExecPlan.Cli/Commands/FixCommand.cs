using System.Collections.Immutable;
using ExecPlan.Fixes;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan fix [PATH...]`: runs the engine's fix run and says what it changed and what remains.</summary>
internal static class FixCommand
{
    public const string Name = "fix";

    private static readonly ArgumentParser Parser = new(
        [OptionNames.Rule, OptionNames.Level, OptionNames.Schema, OptionNames.Config, OptionNames.Root],
        [OptionNames.DryRun, OptionNames.Diff, OptionNames.UnsafeFixes],
        [OptionNames.Rule]);

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var parsed = Parser.Parse(args);
        if (parsed.WantsHelp)
        {
            context.Stdout.Write(HelpText.Fix);
            return ExitCodes.Success;
        }

        var settings = new LintSettings
        {
            Level = LintCommand.ParseLevel(parsed.Get(OptionNames.Level)),
            Schema = LintCommand.ParseSchema(parsed.Get(OptionNames.Schema)),
            ConfigFile = LintCommand.ExistingFile(parsed.Get(OptionNames.Config), context),
            RootDirectory = LintCommand.ExistingFolder(parsed.Get(OptionNames.Root), context),
            WorkingDirectory = context.WorkingDirectory,
            FileTimeBudget = context.FileTimeBudget,
        };
        var dryRun = parsed.Options.ContainsKey(OptionNames.DryRun) || parsed.Options.ContainsKey(OptionNames.Diff);
        var options = new FixOptions
        {
            Unsafe = parsed.Options.ContainsKey(OptionNames.UnsafeFixes),
            Rules = ParseRules(parsed.Get(OptionNames.Rule)),
            DryRun = dryRun,
            BeforeWrite = context.BeforeWrite,
        };
        var paths = (parsed.Positionals.Count == 0 ? ["."] : parsed.Positionals).Select(context.Resolve).ToList();
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            context.Stderr.WriteLine($"execplan: path not found: {ControlCharacters.Escape(missing)}");
            return ExitCodes.Failure;
        }

        var totals = new PlanFixer(settings, options).Fix(
            paths,
            file => Report(file, dryRun, context),
            found => CanonicalFormatter.WriteAll(context.Stderr, found.Where(d => d.IsActive), context.WorkingDirectory),
            context.CancellationToken);
        return Finish(totals, dryRun, options, context);
    }

    private static ImmutableHashSet<string> ParseRules(string? text) => text is null
        ? []
        : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => ExplainCommand.Find(r)?.Id ?? throw new UsageException($"unknown rule '{r}'"))];

    // Per file: the findings fixed (with a diff, on standard error, so that standard output is the diff alone), or why it was not written.
    private static void Report(FileFix file, bool dryRun, CliContext context)
    {
        var path = ControlCharacters.Escape(ReportPath.Relative(file.Path, context.WorkingDirectory, Path.DirectorySeparatorChar));
        switch (file.Outcome)
        {
            case FixOutcome.Fixed or FixOutcome.WouldFix:
                var listing = dryRun ? context.Stderr : context.Stdout;
                listing.WriteLine($"{path}: {(dryRun ? "would fix" : "fixed")} {Count(file.Fixed.Length, "finding")}");
                foreach (var found in file.Fixed)
                {
                    listing.WriteLine($"  {found.RuleId} {ControlCharacters.Escape(found.Fix.Title)}");
                }

                if (dryRun)
                {
                    UnifiedDiff.Write(context.Stdout, ReportPath.Relative(file.Path, context.WorkingDirectory), file.Before!, file.After!);
                }

                break;
            case FixOutcome.ChangedMeanwhile or FixOutcome.WriteFailed:
                context.Stderr.WriteLine($"execplan: {path} was not fixed: {ControlCharacters.Escape((file.Problem ?? "it could not be written").TrimEnd('.'))}.");
                break;
            case FixOutcome.Unchanged when file.Problem is { } problem:
                // A file that ran out of its time budget: its EXP0008 counts among the errors that remain.
                context.Stderr.WriteLine($"execplan: {path} was not fixed: {ControlCharacters.Escape(problem.TrimEnd('.'))}.");
                break;
            default:
                break;
        }
    }

    private static int Finish(FixTotals totals, bool dryRun, FixOptions options, CliContext context)
    {
        var verb = dryRun ? "would fix" : "fixed";
        context.Stderr.WriteLine($"execplan: {verb} {Count(totals.Fixes, "finding")} in {Count(totals.FilesFixed, "file")} of {totals.Files}.");
        if (totals.Errors > 0)
        {
            var remain = $"{Count(totals.Errors, "error")} {(totals.Errors == 1 ? "remains" : "remain")}{(dryRun ? " after these fixes" : string.Empty)}";
            var unsafeHint = options.Unsafe || totals.ErrorsWithUnsafeFix == 0
                ? string.Empty
                : $"; {totals.ErrorsWithUnsafeFix} of them {(totals.ErrorsWithUnsafeFix == 1 ? "has" : "have")} an unsafe fix ({OptionNames.UnsafeFixes})";
            context.Stderr.WriteLine($"execplan: {remain}{unsafeHint}; run '{ToolInfo.Name} lint' to list them.");
        }

        if (totals.Failures > 0 || totals.RunDiagnostics.Any(d => d.IsActive && d.Id == RuleIds.InvalidConfig))
        {
            return ExitCodes.Failure;
        }

        return totals.Errors > 0 ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
