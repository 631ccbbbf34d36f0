using ExecPlan.Configuration;
using ExecPlan.Diagnostics;

namespace ExecPlan.Output;

/// <summary>Formats a finding as `path(line,col): error EXP0202: message`, the line MSBuild and CI problem matchers read.</summary>
public static class CanonicalFormatter
{
    /// <summary>The origin printed for a finding that has no file.</summary>
    public const string ToolOrigin = "execplan";

    /// <summary>One canonical line for the finding.</summary>
    public static string Format(Diagnostic diagnostic) => Format(diagnostic, null);

    /// <summary>One canonical line for the finding, its path relative to <paramref name="workingDirectory"/> when it lies inside.</summary>
    public static string Format(Diagnostic diagnostic, string? workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var path = string.IsNullOrEmpty(diagnostic.FilePath)
            ? ToolOrigin
            : workingDirectory is null ? diagnostic.FilePath : ReportPath.Relative(diagnostic.FilePath, workingDirectory, Path.DirectorySeparatorChar);
        var position = diagnostic.Span.Line > 0 ? $"({diagnostic.Span.Line},{Math.Max(1, diagnostic.Span.Column)})" : string.Empty;
        return $"{path}{position}: {SeverityText.ToText(diagnostic.Severity)} {diagnostic.Id}: {OneLine(diagnostic.Message)}";
    }

    /// <summary>Keeps the finding on one line so problem matchers see all of it.</summary>
    private static string OneLine(string message) =>
        message.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
