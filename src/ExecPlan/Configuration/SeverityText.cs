using ExecPlan.Diagnostics;

namespace ExecPlan.Configuration;

/// <summary>The words for severities used in configuration and output: error, warning, info, off.</summary>
public static class SeverityText
{
    /// <summary>The word for a severity.</summary>
    public static string ToText(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "off",
    };

    /// <summary>Parses a severity word (exact, lower case).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        foreach (var candidate in (Severity[])[Severity.Error, Severity.Warning, Severity.Info, Severity.Off])
        {
            if (string.Equals(text, ToText(candidate), StringComparison.Ordinal))
            {
                severity = candidate;
                return true;
            }
        }

        severity = Severity.Off;
        return false;
    }
}
