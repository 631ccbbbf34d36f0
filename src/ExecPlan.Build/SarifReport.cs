using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Output;

namespace ExecPlan.Build;

/// <summary>The task's SARIF file: the engine's streamed SARIF writer, fed file by file, put in place whole once the lint is over.</summary>
/// <remarks>
/// The file used to be written after the lint; to keep what the build sees, a failure to create or write it is kept and thrown
/// only by <see cref="Commit"/> (once every finding is logged), and a lint that fails or is cancelled leaves the old file as it was.
/// </remarks>
internal sealed class SarifReport : IDisposable
{
    private readonly ReportFile? file;
    private readonly IReportWriter? writer;
    private ExceptionDispatchInfo? failure;

    private SarifReport(string sarifFile, string root)
    {
        FullPath = sarifFile;
        try
        {
            FullPath = Path.GetFullPath(sarifFile);
            file = ReportFile.Create(FullPath);
            writer = SarifWriter.Open(file.Writer.BaseStream, root);
        }
#pragma warning disable CA1031 // Kept, not swallowed: Commit throws it after the findings are logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }
    }

    /// <summary>Where the report goes.</summary>
    public string FullPath { get; }

    /// <summary>Starts the report at <paramref name="sarifFile"/>, or null when it is empty; artifact URIs are relative to <paramref name="root"/>.</summary>
    public static SarifReport? Open(string? sarifFile, string root) =>
        string.IsNullOrWhiteSpace(sarifFile) ? null : new SarifReport(sarifFile, root);

    /// <summary>Writes the findings that belong to no plan file.</summary>
    public void WriteRunFindings(ImmutableArray<Diagnostic> findings) => Write(w => w.WriteRunFindings(findings));

    /// <summary>Writes one file's report.</summary>
    public void WriteFile(FileReport report) => Write(w => w.WriteFile(report));

    /// <summary>Ends the report and puts it in place; throws the first failure to create or write it.</summary>
    public void Commit(LintTotals totals)
    {
        failure?.Throw();
        writer!.Finish(totals);
        writer.Dispose();
        file!.Commit();
    }

    /// <summary>Throws the report away unless it was committed.</summary>
    public void Dispose()
    {
        try
        {
            writer?.Dispose(); // flushes to the temporary file, which is deleted next: a failure here changes nothing
        }
        catch (IOException)
        {
        }

        file?.Dispose();
    }

    private void Write(Action<IReportWriter> write)
    {
        if (failure is not null)
        {
            return;
        }

        try
        {
            write(writer!);
        }
#pragma warning disable CA1031 // Kept, not swallowed: Commit throws it after the findings are logged.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            failure = ExceptionDispatchInfo.Capture(exception);
        }
    }
}
