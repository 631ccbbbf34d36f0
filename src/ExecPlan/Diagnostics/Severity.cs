namespace ExecPlan.Diagnostics;

/// <summary>How much a finding costs: error fails the build, off disables the rule.</summary>
public enum Severity
{
    /// <summary>The rule is disabled.</summary>
    Off,

    /// <summary>A high-importance message.</summary>
    Info,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error: fails the build and exits 1 from the CLI.</summary>
    Error,
}
