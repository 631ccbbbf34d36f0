using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Secrets;

/// <summary>
/// The one place secrets are taken out of what leaves the engine: a finding's message and its suppression reason are redacted,
/// and a fix whose new text would hold a piece of a secret is dropped (a fix is applied to the plan: never a redacted one).
/// Any run of <see cref="MinimumPiece"/> or more characters that also stands in a secret is replaced, so a message that quotes
/// a secret trimmed of its punctuation, a piece of it, or a URL around it shows none of it.
/// </summary>
internal sealed class SecretRedaction
{
    /// <summary>The text that stands for a secret.</summary>
    public const string Redacted = "<REDACTED>";

    /// <summary>The shortest piece of a secret hidden; EXP0701's own preview shows at most four characters and stays.</summary>
    public const int MinimumPiece = 6;

    // A secret shorter than this (a three-letter password in a URL) is hidden where it stands whole, never in pieces.
    private const int ShortestSecret = 3;

    private readonly string[] secrets;
    private readonly HashSet<ulong> pieces = [];

    /// <summary>Builds the redaction for <paramref name="secrets"/> (the texts of the secrets found).</summary>
    public SecretRedaction(IEnumerable<string> secrets)
    {
        this.secrets = [.. secrets.Where(s => s.Length >= ShortestSecret).Distinct(StringComparer.Ordinal)];
        foreach (var secret in this.secrets.Where(s => s.Length >= MinimumPiece))
        {
            for (var i = 0; i + MinimumPiece <= secret.Length; i++)
            {
                pieces.Add(Hash(secret.AsSpan(i, MinimumPiece)));
            }
        }
    }

    /// <summary>No secrets: nothing is changed.</summary>
    public static SecretRedaction None { get; } = new([]);

    /// <summary>Whether there is nothing to redact.</summary>
    public bool IsEmpty => secrets.Length == 0;

    /// <summary>This redaction and <paramref name="other"/>'s secrets together.</summary>
    public SecretRedaction With(SecretRedaction other) =>
        other.IsEmpty ? this : IsEmpty ? other : new SecretRedaction(secrets.Concat(other.secrets));

    /// <summary>The finding with every piece of every secret taken out of its message and suppression reason, and without the fixes that would write one.</summary>
    public Diagnostic Apply(Diagnostic diagnostic)
    {
        if (IsEmpty)
        {
            return diagnostic;
        }

        // A secret's own finding says only the rule's kind and a preview of at most four characters: only the preview is redacted
        // (it may be another, shorter secret whole). Redacted whole, a secret that holds one of the message's words
        // ('test-secret-key') made it 'Possible <REDACTED> assignment'.
        var message = diagnostic.Rule.Id == RuleIds.PossibleSecret ? RedactPreview(diagnostic.Message) : Redact(diagnostic.Message);
        var fixes = diagnostic.Fixes.IsDefaultOrEmpty ? diagnostic.Fixes : diagnostic.Fixes.RemoveAll(WritesSecret);
        var suppression = diagnostic.Suppression is { Reason: { } reason } found && Redact(reason) is var redacted && !ReferenceEquals(redacted, reason)
            ? found with { Reason = redacted }
            : diagnostic.Suppression;
        return ReferenceEquals(message, diagnostic.Message) && (diagnostic.Fixes.IsDefaultOrEmpty || fixes.Length == diagnostic.Fixes.Length) && ReferenceEquals(suppression, diagnostic.Suppression)
            ? diagnostic
            : diagnostic with { Message = message, Fixes = fixes, Suppression = suppression };
    }

    // The message "Possible {kind} ('{preview}…'); ..." with its preview redacted; a message of another form wholly.
    private string RedactPreview(string message)
    {
        var open = message.IndexOf("('", StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf("…')", open + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return Redact(message);
        }

        var preview = message[(open + 2)..close];
        var redacted = Redact(preview);
        return ReferenceEquals(redacted, preview) ? message : string.Concat(message.AsSpan(0, open + 2), redacted, message.AsSpan(close));
    }

    private bool WritesSecret(Fixes.PlanFix fix) => fix.Edits.Any(e => !ReferenceEquals(Redact(e.NewText), e.NewText));

    /// <summary>The text with every piece of the secrets replaced by <see cref="Redacted"/>; the same instance when there is none.</summary>
    /// <remarks>
    /// A run of <see cref="MinimumPiece"/> or more characters shared with a secret is exactly the union of its shared windows of
    /// that length, so marking every window of the text found among the secrets' windows hides those runs, in one pass over
    /// the text whatever the number of secrets (a hash collision only hides a little more). Shorter secrets are found whole.
    /// </remarks>
    public string Redact(string text)
    {
        if (IsEmpty)
        {
            return text;
        }

        bool[]? hidden = null;
        for (var i = 0; i + MinimumPiece <= text.Length; i++)
        {
            if (pieces.Contains(Hash(text.AsSpan(i, MinimumPiece))))
            {
                hidden ??= new bool[text.Length];
                hidden.AsSpan(i, MinimumPiece).Fill(true);
            }
        }

        foreach (var secret in secrets.Where(s => s.Length < MinimumPiece))
        {
            for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
            {
                hidden ??= new bool[text.Length];
                hidden.AsSpan(at, secret.Length).Fill(true);
            }
        }

        if (hidden is null)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!hidden[i])
            {
                result.Append(text[i]);
            }
            else if (i == 0 || !hidden[i - 1])
            {
                result.Append(Redacted);
            }
        }

        return result.ToString();
    }

    private static ulong Hash(ReadOnlySpan<char> piece)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in piece)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
