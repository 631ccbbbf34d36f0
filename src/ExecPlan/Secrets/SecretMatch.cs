namespace ExecPlan.Secrets;

/// <summary>One possible secret: where it is and what kind it looks like. Holds offsets only, never the secret's text.</summary>
/// <param name="Offset">Index of the secret's first character in the scanned text.</param>
/// <param name="Length">Length of the secret in characters.</param>
/// <param name="RuleId">The matching rule's identifier, such as <c>github-token</c>.</param>
/// <param name="Kind">The matching rule's human name, such as "GitHub token".</param>
public readonly record struct SecretMatch(int Offset, int Length, string RuleId, string Kind)
{
    /// <summary>The most characters of a secret any output may show.</summary>
    public const int MaxPreviewLength = 4;

    /// <summary>Index just past the secret's last character.</summary>
    public int End => Offset + Length;

    /// <summary>At most the first 4 characters of the secret (never more than half of it), read from the scanned text.</summary>
    public string Preview(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var start = Math.Clamp(Offset, 0, source.Length);
        var length = Math.Min(Math.Min(MaxPreviewLength, Length / 2), source.Length - start);
        return source.Substring(start, Math.Max(length, 0));
    }

    /// <summary>Describes the match by kind, rule and location; never includes any of the secret.</summary>
    public override string ToString() => $"{Kind} ({RuleId}) at offset {Offset}, length {Length}";
}
