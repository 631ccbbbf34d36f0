using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Secrets;

namespace ExecPlan.Rules.Secrets;

/// <summary>Scans a file the engine reads besides plans (`.execplan.yaml`, `.agent-locks.yaml`, `PLANS.md`) with the plans' rule set: its secrets are findings located there, and their texts are redacted wherever the run quotes that file.</summary>
internal static class TextSecrets
{
    /// <summary>The EXP0701/EXP0702 findings for <paramref name="text"/> read from <paramref name="path"/>, and the redaction of what they found.</summary>
    public static (List<Diagnostic> Findings, SecretRedaction Redaction) Scan(string path, string text, ExecPlanConfig config)
    {
        SecretScan scan;
        try
        {
            scan = SecretScanner.Default.ScanAll(text);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var rule = ExecPlan.Schema.Generated.RuleCatalog.SecretScanIncomplete;
            return ([new Diagnostic(rule, rule.DefaultSeverity, path, SourceSpan.FileStart, rule.Format(e.GetType().Name))], SecretRedaction.None);
        }

        return (SecretRule.Diagnostics(path, text, scan, config), Redaction(text, scan));
    }

    /// <summary>The redaction of the secrets a scan of <paramref name="text"/> found.</summary>
    /// <remarks>Each secret is kept as written and as decoded (YAML and HTML escapes undone): YamlDotNet hands the rules decoded
    /// values, so a message may quote the decoded form of a secret written with escapes.</remarks>
    public static SecretRedaction Redaction(string text, SecretScan scan) =>
        scan.Matches.Count == 0 ? SecretRedaction.None : new SecretRedaction(scan.Matches.SelectMany(m => Forms(text.Substring(m.Offset, m.Length))));

    /// <summary>A secret as written and, when it holds escapes, as decoded.</summary>
    public static IEnumerable<string> Forms(string secret) =>
        ObfuscatedText.Decode(secret) is { } decoded ? [secret, decoded.Text] : [secret];
}
