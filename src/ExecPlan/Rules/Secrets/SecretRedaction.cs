using ExecPlan.Diagnostics;

namespace ExecPlan.Rules.Secrets;

/// <summary>
/// The one place secrets are taken out of what leaves the engine: a finding's message, its fix and its suppression reason.
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

    /// <summary>The finding with every piece of every secret taken out of its message, fix and suppression reason.</summary>
    public Diagnostic Apply(Diagnostic diagnostic)
    {
        if (IsEmpty)
        {
            return diagnostic;
        }

        var message = Redact(diagnostic.Message);
        var fix = diagnostic.Fix is null ? null : Redact(diagnostic.Fix);
        var suppression = diagnostic.Suppression is { Reason: { } reason } found && Redact(reason) is var redacted && !ReferenceEquals(redacted, reason)
            ? found with { Reason = redacted }
            : diagnostic.Suppression;
        return ReferenceEquals(message, diagnostic.Message) && ReferenceEquals(fix, diagnostic.Fix) && ReferenceEquals(suppression, diagnostic.Suppression)
            ? diagnostic
            : diagnostic with { Message = message, Fix = fix, Suppression = suppression };
    }

    /// <summary>The text with every piece of the secrets replaced by <see cref="Redacted"/>; the same instance when there is none.</summary>
    public string Redact(string text)
    {
        if (IsEmpty || !MayHold(text))
        {
            return text;
        }

        bool[]? hidden = null;
        foreach (var secret in secrets)
        {
            if (secret.Length >= ShortestSecret)
            {
                Mark(text, secret, Math.Min(MinimumPiece, secret.Length), ref hidden);
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

    // Whether some piece of a secret may stand in the text: every window of the text looked up among the secrets' windows
    // (one pass), before the exact search; short secrets are looked for whole.
    private bool MayHold(string text)
    {
        foreach (var secret in secrets)
        {
            if (secret.Length < MinimumPiece && text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var i = 0; i + MinimumPiece <= text.Length; i++)
        {
            if (pieces.Contains(Hash(text.AsSpan(i, MinimumPiece))))
            {
                return true;
            }
        }

        return false;
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

    // Marks every run of `piece` or more characters of the text that also stands in the secret: the longest common
    // substrings ending at each pair of positions, one row at a time (text and secret are short: messages and tokens).
    private static void Mark(string text, string secret, int piece, ref bool[]? hidden)
    {
        var previous = new int[secret.Length + 1];
        var current = new int[secret.Length + 1];
        for (var i = 1; i <= text.Length; i++)
        {
            for (var j = 1; j <= secret.Length; j++)
            {
                current[j] = text[i - 1] == secret[j - 1] ? previous[j - 1] + 1 : 0;
                if (current[j] >= piece)
                {
                    hidden ??= new bool[text.Length];
                    hidden.AsSpan(i - current[j], current[j]).Fill(true);
                }
            }

            (previous, current) = (current, previous);
        }
    }
}
