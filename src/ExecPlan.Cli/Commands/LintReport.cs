using System.Text;
using ExecPlan.Cli.Files;
using ExecPlan.Cli.Streams;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>Writes a lint run in the chosen format, prints the summary and picks the exit code.</summary>
internal static class LintReport
{
    /// <summary>Lints and writes the text report as it goes, each file's lines as soon as it and the files before it are done; returns the exit code.</summary>
    public static int LintAsText(PlanLinter linter, IReadOnlyList<string> paths, OutputTarget? target, LintReportOptions options, CliContext context)
    {
        if (!TryCreate(target, context, out var file))
        {
            return ExitCodes.Failure;
        }

        // Disposed on every way out: a lint that ends early (cancelled, an internal error) leaves no report behind.
        using (file)
        {
            // A write that fails (disk full, closed pipe) ends the report, not the lint, and is reported as such.
            var output = (TextWriter?)file?.Writer ?? context.Stdout;
            IOException? failure = null;
            var overInput = false;
            void WriteFindings(IEnumerable<Diagnostic> findings) =>
                failure ??= Try(() => CanonicalFormatter.WriteAll(output, findings.Where(d => d.IsActive && options.Shows(d)), context.WorkingDirectory));
            void WriteFile(FileReport report)
            {
                overInput |= target?.IsInput(report.Path) == true;
                WriteFindings(report.Diagnostics);
            }

            var totals = linter.Lint(paths, WriteFile, found => WriteFindings(found), context.CancellationToken);
            return Completed(file, failure, target, overInput, context) ? Finish(totals, paths, options, context) : ExitCodes.Failure;
        }
    }

    /// <summary>Lints and writes a SARIF, JSON, GitHub Actions or Markdown report as it goes, to <paramref name="target"/> or standard output; returns the exit code.</summary>
    public static int LintAsReport(PlanLinter linter, IReadOnlyList<string> paths, ReportFormat format, OutputTarget? target, LintReportOptions options, CliContext context)
    {
        if (!TryCreate(target, context, out var file))
        {
            return ExitCodes.Failure;
        }

        using (file)
        {
            // The JSON writers write UTF-8 bytes: straight into the writer's stream when it has one. Streamed, never built
            // whole: 10,000 plans can make 400,000 findings. A write that fails ends the report, not the lint.
            var output = (TextWriter?)file?.Writer ?? context.Stdout;
            IReportWriter? report = null;
            var failure = Try(() => report = Open(format, output, context.WorkingDirectory));
            var overInput = false;
            void Write(Action<IReportWriter> write) => failure ??= Try(() => write(report!));
            void WriteFile(FileReport found)
            {
                overInput |= target?.IsInput(found.Path) == true;
                Write(r => r.WriteFile(options.Quiet ? found with { Diagnostics = [.. found.Diagnostics.Where(options.Shows)] } : found));
            }

            var totals = linter.Lint(paths, WriteFile, found => Write(r => r.WriteRunFindings(options.Quiet ? [.. found.Where(options.Shows)] : found)), context.CancellationToken);
            Write(r => r.Finish(totals));
            failure = report is null ? failure : Try(report.Dispose) ?? failure;
            if (format is ReportFormat.Sarif or ReportFormat.Json)
            {
                Write(_ => output.Write('\n')); // the JSON writers end without a line break; the line-based formats end with one
            }

            return Completed(file, failure, target, overInput, context) ? Finish(totals, paths, options, context) : ExitCodes.Failure;
        }
    }

    // Puts the report file in place unless a write failed or the report would replace a file it was made from; false (and said why) when it is not.
    private static bool Completed(ReportFile? file, IOException? failure, OutputTarget? target, bool overInput, CliContext context)
    {
        if (overInput)
        {
            OutputRefused(target!, OutputTarget.InputRefusal, context);
            return false;
        }

        failure ??= file is null ? null : Try(file.Commit);
        if (failure is null)
        {
            return true;
        }

        if (target is null)
        {
            context.Stderr.WriteLine($"execplan: cannot write standard output: {failure.Message}");
        }
        else
        {
            OutputRefused(target, failure.Message, context);
        }

        return false;
    }

    /// <summary>Says why the report cannot be written to <paramref name="target"/>.</summary>
    public static void OutputRefused(OutputTarget target, string reason, CliContext context) =>
        context.Stderr.WriteLine($"execplan: cannot write {ControlCharacters.Escape(target.Argument)}: {ControlCharacters.Escape(reason)}");

    private static IOException? Try(Action write)
    {
        try
        {
            write();
            return null;
        }
        catch (Exception exception) when (StreamFailure.IsWriteFailure(exception))
        {
            return exception as IOException ?? new IOException(StreamFailure.Reason(exception), exception);
        }
    }

    private static int Finish(LintTotals totals, IReadOnlyList<string> paths, LintReportOptions options, CliContext context)
    {
        // Standard output is buffered and standard error is not: when both reach one terminal or log, the findings must be out
        // before the summary, as other linters print it (a failure here is standard output's, reported as such by the caller).
        context.Stdout.Flush();
        context.Stderr.WriteLine(Summary(totals));
        if (LintTotals.FormatHint(totals.PlansWithoutFormat, $"lint with {OptionNames.Schema} {Schema.PlanSchemas.Cookbook.Key}") is { } hint)
        {
            context.Stderr.WriteLine("execplan: " + hint);
        }

        if (totals.Files == 0)
        {
            // Not an error (a repository may have no plans yet), but never a silent pass: say where discovery looked.
            var where = string.Join(", ", paths.Select(p => ControlCharacters.Escape(ReportPath.Relative(p, context.WorkingDirectory, Path.DirectorySeparatorChar))));
            context.Stderr.WriteLine($"execplan: no plans found under {where}; looked for {PlanDiscovery.Described}.");
        }

        if (totals.RunDiagnostics.Any(d => d.IsActive && d.Id is RuleIds.InvalidConfig or RuleIds.InvalidBaseline))
        {
            return ExitCodes.Failure;
        }

        if (options.MaxWarnings is { } most && totals.Warnings > most)
        {
            context.Stderr.WriteLine($"execplan: {Count(totals.Warnings, "warning")}, more than {OptionNames.MaxWarnings} {most} allows.");
            return ExitCodes.LintErrors;
        }

        return totals.HasErrors ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    /// <summary>The summary line, e.g. `3 errors, 1 warning, 0 infos in 2 files`.</summary>
    public static string Summary(LintTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var line = $"{Count(totals.Errors, "error")}, {Count(totals.Warnings, "warning")}, "
            + $"{Count(totals.Infos, "info")} in {Count(totals.Files, "file")}";
        var suppressed = totals.Suppressed - totals.Baselined;
        return (totals.Baselined, suppressed) switch
        {
            (0, 0) => line,
            (0, _) => $"{line} ({suppressed} suppressed)",
            (_, 0) => $"{line} ({totals.Baselined} in the baseline)",
            _ => $"{line} ({totals.Baselined} in the baseline, {suppressed} suppressed)",
        };
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static IReportWriter Open(ReportFormat format, TextWriter output, string workingDirectory)
    {
        // The line-based formats write text: straight to the writer, buffered as standard output and report files are.
        switch (format)
        {
            case ReportFormat.Github:
                return GitHubActionsWriter.Open(output, workingDirectory);
            case ReportFormat.Markdown:
                return MarkdownSummaryWriter.Open(output, workingDirectory);
        }

        Stream stream;
        if ((output is StandardOutput standard ? standard.Inner : output) is StreamWriter { Encoding: UTF8Encoding } streamWriter)
        {
            streamWriter.Flush();
            stream = streamWriter.BaseStream;
        }
        else
        {
            stream = new TextWriterStream(output);
        }

        return format == ReportFormat.Sarif
            ? SarifWriter.Open(stream, workingDirectory)
            : JsonReportWriter.Open(stream, workingDirectory);
    }

    private static bool TryCreate(OutputTarget? target, CliContext context, out ReportFile? file)
    {
        file = null;
        if (target is null)
        {
            return true;
        }

        try
        {
            file = ReportFile.Create(target.FullPath);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            OutputRefused(target, exception.Message, context);
            return false;
        }
    }
}

/// <summary>What a lint report shows and how many warnings it tolerates.</summary>
/// <param name="Quiet">--quiet: only errors are written (the summary still counts everything; the exit code is unchanged).</param>
/// <param name="MaxWarnings">--max-warnings: more warnings than this exit 1; null: any number.</param>
internal sealed record LintReportOptions(bool Quiet = false, int? MaxWarnings = null)
{
    /// <summary>Whether the report writes <paramref name="diagnostic"/>.</summary>
    public bool Shows(Diagnostic diagnostic) => !Quiet || diagnostic.Severity == Severity.Error;
}
