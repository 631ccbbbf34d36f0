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
        // Streamed, never built as one string: 10,000 plans can make 400,000 findings.
        if (outputFile is null)
        {
            Render(run, format, context.WorkingDirectory, context.Stdout);
        }
        else if (!TryWriteFile(context.Resolve(outputFile), writer => Render(run, format, context.WorkingDirectory, writer), context))
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

    private static void Render(LintRun run, ReportFormat format, string workingDirectory, TextWriter output)
    {
        if (format == ReportFormat.Text)
        {
            CanonicalFormatter.WriteAll(output, run.All.Where(d => d.IsActive), workingDirectory);
            return;
        }

        // The JSON writers write UTF-8 bytes: straight into the writer's stream when it has one.
        if (output is StreamWriter { Encoding: UTF8Encoding } streamWriter)
        {
            streamWriter.Flush();
            WriteJson(run, format, workingDirectory, streamWriter.BaseStream);
        }
        else
        {
            using var buffer = new MemoryStream();
            WriteJson(run, format, workingDirectory, buffer);
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        output.Write('\n');
    }

    private static void WriteJson(LintRun run, ReportFormat format, string workingDirectory, Stream output)
    {
        if (format == ReportFormat.Sarif)
        {
            SarifWriter.Write(run, output, workingDirectory);
        }
        else
        {
            JsonReportWriter.Write(run, output, workingDirectory);
        }
    }

    private static bool TryWriteFile(string path, Action<TextWriter> write, CliContext context)
    {
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 64 * 1024);
            write(writer);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            context.Stderr.WriteLine($"execplan: cannot write {path}: {exception.Message}");
            return false;
        }
    }
}
