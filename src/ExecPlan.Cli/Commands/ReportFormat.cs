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

    /// <summary>GitHub Actions workflow commands, one annotation per finding.</summary>
    Github,

    /// <summary>A Markdown summary for $GITHUB_STEP_SUMMARY or a pull-request comment.</summary>
    Markdown,
}

/// <summary>The names of <see cref="ReportFormat"/> as `--format` takes them, so help and messages list what the enum holds.</summary>
internal static class ReportFormats
{
    /// <summary>Every format's name, in lower case, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ReportFormat>().Select(Name)];

    /// <summary>The name `--format` takes for <paramref name="format"/>.</summary>
    public static string Name(ReportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The format named <paramref name="text"/> (null: text); throws <see cref="UsageException"/> for any other.</summary>
    public static ReportFormat Parse(string? text) => text is null
        ? ReportFormat.Text
        : Enum.GetValues<ReportFormat>().FirstOrDefault(f => Name(f) == text, (ReportFormat)(-1)) is var format && format >= 0
            ? format
            : throw new UsageException($"unknown format '{text}'; use {CliOptions.Or(Names)}");
}
