using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>Writes a lint run as the tool's own JSON report.</summary>
public static class JsonReportWriter
{
    /// <summary>Writes the run to <paramref name="output"/>; paths are relative to <paramref name="workingDirectory"/>.</summary>
    public static void Write(LintRun run, Stream output, string workingDirectory) => throw new NotImplementedException();
}
