namespace ExecPlan.Text;

/// <summary>One date or date-time found in text, located by offset and length, with its classification.</summary>
/// <param name="Offset">Index of the token's first character in the scanned text.</param>
/// <param name="Length">Length of the token in characters.</param>
/// <param name="Kind">Date, valid, ambiguous or impossible.</param>
/// <param name="Instant">The instant, for <see cref="TimestampKind.Valid"/> (and ambiguous tokens that give a zone); otherwise null.</param>
/// <param name="Ambiguity">What the token leaves out or writes non-canonically.</param>
/// <param name="Fault">Why the token names no real date or instant; <see cref="TimestampFault.None"/> otherwise.</param>
/// <param name="Reason">A short human explanation of <paramref name="Fault"/>, or null.</param>
/// <param name="Suggestion">The canonical RFC 3339 spelling when the token gives a zone but is not canonical; otherwise null.</param>
public sealed record TimestampToken(
    int Offset,
    int Length,
    TimestampKind Kind,
    DateTimeOffset? Instant,
    TimestampAmbiguity Ambiguity,
    TimestampFault Fault,
    string? Reason,
    string? Suggestion)
{
    /// <summary>Index just past the token's last character.</summary>
    public int End => Offset + Length;
}
