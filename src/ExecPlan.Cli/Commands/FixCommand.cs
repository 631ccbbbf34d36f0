using System.Collections.Immutable;
using System.CommandLine;
using ExecPlan.Fixes;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>`execplan fix [PATH...]`: runs the engine's fix run and says what it changed and what remains.</summary>
internal static class FixCommand
{
    public const string Name = "fix";

    /// <summary>The command, its options, help notes and action.</summary>
    public static Command Create(CliContext context)
    {
        var paths = CliOptions.Paths();
        var dryRun = CliOptions.DryRun();
        var rule = new Option<string[]>(OptionNames.Rule)
        {
            HelpName = "RULE",
            Description = "Only the fixes of this rule (ID or name); repeat or separate with commas for several.",
        };
        rule.CompletionSources.Add(_ => RuleCatalog.All.SelectMany(r => new[] { r.Id, r.Name }));
        var unsafeFixes = new Option<bool>(OptionNames.UnsafeFixes)
        {
            Description = "Also apply unsafe fixes: missing sections, lines and front-matter fields from the templates, heading renames that drop a note (review them).",
        };
        var level = CliOptions.Level();
        var schema = CliOptions.Schema(() => $"The plan format: {CliOptions.SchemaNames(withDefault: true)}.");
        var config = CliOptions.Config();
        var root = CliOptions.Root();
        var command = new Command(Name, $"Apply the fixes of the findings ({OptionNames.DryRun} shows a diff).") { paths, dryRun, rule, unsafeFixes, level, schema, config, root };
        command.SetAction(result => Run(
            new FixArguments(result.GetValue(paths), result.GetValue(dryRun), result.GetValue(rule), result.GetValue(unsafeFixes), result.GetValue(level), result.GetValue(schema), result.GetValue(config), result.GetValue(root)),
            context));
        return command;
    }

    /// <summary>What `fix --help` says after the options.</summary>
    public const string Notes = """
        Fixes the plans lint finds: applies every safe fix that does not overlap
        another, lints again and repeats until nothing changes. Files with nothing
        to fix are not touched; a fixed file keeps its byte-order mark, newlines
        and permissions, and is replaced whole, never when it changed meanwhile.

        What was fixed goes to standard output (to standard error with a diff);
        the summary, with the errors that remain, goes to standard error.
        Exit codes: 0 no active errors remain, 1 errors remain, 2 usage error,
        missing path, invalid configuration, or a file that could not be written
        (read-only, or changed while it was being fixed).
        """;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(FixArguments parsed, CliContext context)
    {
        var settings = new LintSettings
        {
            Level = LintCommand.ParseLevel(parsed.Level),
            Schema = LintCommand.ParseSchema(parsed.Schema),
            ConfigFile = LintCommand.ExistingFile(parsed.Config, context),
            RootDirectory = LintCommand.ExistingFolder(parsed.Root, context),
            WorkingDirectory = context.WorkingDirectory,
            FileTimeBudget = context.FileTimeBudget,
        };
        var dryRun = parsed.DryRun;
        var options = new FixOptions
        {
            Unsafe = parsed.UnsafeFixes,
            Rules = ParseRules(parsed.Rules is { Length: > 0 } rules ? string.Join(',', rules) : null),
            DryRun = dryRun,
            BeforeWrite = context.BeforeWrite,
        };
        var resolved = CliOptions.ResolvePaths(parsed.Paths, context);
        if (resolved.HasMissing)
        {
            return CliOptions.NotFound(resolved, context);
        }

        var paths = resolved.Paths;

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
        context.Stdout.Flush(); // what was fixed (or the diff) before the summary, when both reach one terminal or log
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

/// <summary>The arguments of `execplan fix` as parsed.</summary>
/// <param name="Paths">The PATH arguments.</param>
/// <param name="DryRun">--dry-run or --diff.</param>
/// <param name="Rules">Each --rule value.</param>
/// <param name="UnsafeFixes">--unsafe-fixes.</param>
/// <param name="Level">--level, or null.</param>
/// <param name="Schema">--schema, or null.</param>
/// <param name="Config">--config, or null.</param>
/// <param name="Root">--root, or null.</param>
internal sealed record FixArguments(string[]? Paths, bool DryRun, string[]? Rules, bool UnsafeFixes, string? Level, string? Schema, string? Config, string? Root);
