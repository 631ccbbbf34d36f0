using System.Text;
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
    public static int LintAsText(PlanLinter linter, IReadOnlyList<string> paths, string? outputFile, CliContext context)
    {
        StreamWriter? file = null;
        if (outputFile is not null && !TryOpenFile(context.Resolve(outputFile), out file, context))
        {
            return ExitCodes.Failure;
        }

        // A write that fails (disk full, closed pipe) ends the report, not the lint, and is reported as such.
        var output = (TextWriter?)file ?? context.Stdout;
        IOException? failure = null;
        void WriteFindings(IEnumerable<Diagnostic> findings) =>
            failure ??= Try(() => CanonicalFormatter.WriteAll(output, findings.Where(d => d.IsActive), context.WorkingDirectory));

        var totals = LintClosingOnFailure(file, () => linter.Lint(paths, report => WriteFindings(report.Diagnostics), found => WriteFindings(found), context.CancellationToken));
        return Closed(file, failure, outputFile, context) ? Finish(totals, context) : ExitCodes.Failure;
    }

    /// <summary>Lints and writes a SARIF or JSON report as it goes, to <paramref name="outputFile"/> or standard output; returns the exit code.</summary>
    public static int LintAsReport(PlanLinter linter, IReadOnlyList<string> paths, ReportFormat format, string? outputFile, CliContext context)
    {
        StreamWriter? file = null;
        if (outputFile is not null && !TryOpenFile(context.Resolve(outputFile), out file, context))
        {
            return ExitCodes.Failure;
        }

        // The JSON writers write UTF-8 bytes: straight into the writer's stream when it has one. Streamed, never built
        // whole: 10,000 plans can make 400,000 findings. A write that fails ends the report, not the lint.
        var output = (TextWriter?)file ?? context.Stdout;
        IReportWriter? report = null;
        var failure = Try(() => report = Open(format, output, context.WorkingDirectory));
        void Write(Action<IReportWriter> write) => failure ??= Try(() => write(report!));

        var totals = LintClosingOnFailure(file, () => linter.Lint(paths, found => Write(r => r.WriteFile(found)), found => Write(r => r.WriteRunFindings(found)), context.CancellationToken));
        Write(r => r.Finish(totals));
        failure = report is null ? failure : Try(report.Dispose) ?? failure;
        Write(_ => output.Write('\n'));
        return Closed(file, failure, outputFile, context) ? Finish(totals, context) : ExitCodes.Failure;
    }

    // A lint that ends early (cancelled, or an internal error) still closes the output file before the exception goes on.
    private static LintTotals LintClosingOnFailure(StreamWriter? file, Func<LintTotals> lint)
    {
        try
        {
            return lint();
        }
        catch
        {
            _ = file is null ? null : Try(file.Dispose);
            throw;
        }
    }

    // Closes the output file (its last flush can fail too) and reports a failed write; false when there was one.
    private static bool Closed(StreamWriter? file, IOException? failure, string? outputFile, CliContext context)
    {
        failure ??= file is null ? null : Try(file.Dispose);
        if (failure is null)
        {
            return true;
        }

        _ = file is null ? null : Try(file.Dispose); // closes the file even when its last flush failed
        context.Stderr.WriteLine($"execplan: cannot write {(outputFile is null ? "standard output" : context.Resolve(outputFile))}: {failure.Message}");
        return false;
    }

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

    private static int Finish(LintTotals totals, CliContext context)
    {
        context.Stderr.WriteLine(Summary(totals));
        if (totals.RunDiagnostics.Any(d => d.IsActive && d.Id == RuleIds.InvalidConfig))
        {
            return ExitCodes.Failure;
        }

        return totals.HasErrors ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    /// <summary>The summary line, e.g. `3 errors, 1 warning, 0 infos in 2 files`.</summary>
    public static string Summary(LintTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var line = $"{Count(totals.Errors, "error")}, {Count(totals.Warnings, "warning")}, "
            + $"{Count(totals.Infos, "info")} in {Count(totals.Files, "file")}";
        return totals.Suppressed == 0 ? line : $"{line} ({totals.Suppressed} suppressed)";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static IReportWriter Open(ReportFormat format, TextWriter output, string workingDirectory)
    {
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

    private static bool TryOpenFile(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StreamWriter? file, CliContext context)
    {
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            file = new StreamWriter(path, append: false, new UTF8Encoding(false), 64 * 1024);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            context.Stderr.WriteLine($"execplan: cannot write {path}: {exception.Message}");
            file = null;
            return false;
        }
    }
}
