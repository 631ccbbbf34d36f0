using ExecPlan.Linting;

namespace ExecPlan.Output;

/// <summary>Writes a lint run as SARIF 2.1.0.</summary>
public static class SarifWriter
{
    /// <summary>Writes the run to <paramref name="output"/>; artifact URIs are relative to <paramref name="workingDirectory"/>.</summary>
    public static void Write(LintRun run, Stream output, string workingDirectory) => throw new NotImplementedException();
}
