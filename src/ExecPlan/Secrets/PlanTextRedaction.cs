using ExecPlan.Rules.Secrets;

namespace ExecPlan.Secrets;

/// <summary>
/// Hides the secrets of plan texts in what a tool shows of them (a diff of a fix or a migration): every secret the scanner finds
/// in any of the texts becomes <c>&lt;REDACTED&gt;</c> wherever it, or a piece of it, stands in a shown line.
/// </summary>
public sealed class PlanTextRedaction
{
    private readonly SecretRedaction _redaction;

    private PlanTextRedaction(SecretRedaction redaction) => _redaction = redaction;

    /// <summary>The redaction of the secrets found in <paramref name="texts"/>.</summary>
    public static PlanTextRedaction Of(params string[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var secrets = texts.SelectMany(text => SecretScanner.Default.Scan(text).Select(m => text.Substring(m.Offset, m.Length)));
        return new PlanTextRedaction(new SecretRedaction(secrets));
    }

    /// <summary>The text with every secret replaced.</summary>
    public string Redact(string text) => _redaction.Redact(text);
}
