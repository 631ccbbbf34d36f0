using ExecPlan.Diagnostics;
using ExecPlan.Secrets;

namespace ExecPlan.Rules.Secrets;

/// <summary>Keeps secrets out of every finding: any message or fix that quotes a secret found in the plan (a URL with a password, a front-matter value) gets it replaced.</summary>
internal static class SecretRedaction
{
    private const string Redacted = "<REDACTED>";

    /// <summary>The finding with every secret's text replaced; the secret-rule's own preview is already short enough.</summary>
    public static Diagnostic Apply(Diagnostic diagnostic, string text, IReadOnlyList<SecretMatch> secrets)
    {
        if (secrets.Count == 0)
        {
            return diagnostic;
        }

        var message = diagnostic.Message;
        var fix = diagnostic.Fix;
        foreach (var secret in secrets)
        {
            var value = text.Substring(secret.Offset, secret.Length);
            message = message.Replace(value, Redacted, StringComparison.Ordinal);
            fix = fix?.Replace(value, Redacted, StringComparison.Ordinal);
        }

        return ReferenceEquals(message, diagnostic.Message) && ReferenceEquals(fix, diagnostic.Fix)
            ? diagnostic
            : diagnostic with { Message = message, Fix = fix };
    }
}
