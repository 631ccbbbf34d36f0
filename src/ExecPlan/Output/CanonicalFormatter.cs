using ExecPlan.Diagnostics;

namespace ExecPlan.Output;

/// <summary>Formats a finding as `path(line,col): error EXP0202: message`, the line MSBuild and CI problem matchers read.</summary>
public static class CanonicalFormatter
{
    /// <summary>One canonical line for the finding.</summary>
    public static string Format(Diagnostic diagnostic) => throw new NotImplementedException();
}
