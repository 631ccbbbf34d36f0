namespace ExecPlan.Cli.Commands;

/// <summary>The report formats of `execplan lint`.</summary>
internal enum ReportFormat
{
    /// <summary>Canonical lines, one per active finding.</summary>
    Text,

    /// <summary>SARIF 2.1.0.</summary>
    Sarif,

    /// <summary>The tool's own JSON report.</summary>
    Json,
}
