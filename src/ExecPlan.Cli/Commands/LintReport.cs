using System.Text;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Cli.Commands;

/// <summary>Writes a lint run in the chosen format, prints the summary and picks the exit code.</summary>
internal static class LintReport
{
    /// <summary>Writes the report to <paramref name="outputFile"/> or standard output; returns the exit code.</summary>
    public static int Write(LintRun run, ReportFormat format, string? outputFile, CliContext context)
    {
        var report = Render(run, format, context.WorkingDirectory);
        if (outputFile is null)
        {
            context.Stdout.Write(report);
        }
        else if (!TryWriteFile(context.Resolve(outputFile), report, context))
        {
            return ExitCodes.Failure;
        }

        context.Stderr.WriteLine(Summary(run));
        if (run.All.Any(d => d.IsActive && d.Id == RuleIds.InvalidConfig))
        {
            return ExitCodes.Failure;
        }

        return run.HasErrors ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    /// <summary>The summary line, e.g. `3 errors, 1 warning, 0 infos in 2 files`.</summary>
    public static string Summary(LintRun run)
    {
        var suppressed = run.All.Count(d => d.Suppression is not null && d.Severity != Severity.Off);
        var line = $"{Count(run.Count(Severity.Error), "error")}, {Count(run.Count(Severity.Warning), "warning")}, "
            + $"{Count(run.Count(Severity.Info), "info")} in {Count(run.Files.Length, "file")}";
        return suppressed == 0 ? line : $"{line} ({suppressed} suppressed)";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Render(LintRun run, ReportFormat format, string workingDirectory)
    {
        if (format == ReportFormat.Text)
        {
            var text = new StringBuilder();
            CanonicalFormatter.AppendAll(text, run.All.Where(d => d.IsActive), workingDirectory);
            return text.ToString();
        }

        using var stream = new MemoryStream();
        if (format == ReportFormat.Sarif)
        {
            SarifWriter.Write(run, stream, workingDirectory);
        }
        else
        {
            JsonReportWriter.Write(run, stream, workingDirectory);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static bool TryWriteFile(string path, string report, CliContext context)
    {
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, report, new UTF8Encoding(false));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            context.Stderr.WriteLine($"execplan: cannot write {path}: {exception.Message}");
            return false;
        }
    }
}
