namespace ExecPlan.Text;

/// <summary>The outcome of parsing one RFC 3339 date-time: the instant, or the fault that makes it impossible.</summary>
/// <param name="Value">The instant; <c>default</c> unless <see cref="IsValid"/>.</param>
/// <param name="Fault">Why the text is not a real instant, or <see cref="TimestampFault.None"/>.</param>
/// <param name="Reason">A short human explanation of the fault (for example "February 2025 has 28 days"), or null.</param>
/// <param name="IsLeapSecond">True when the text named second 60 at 23:59 UTC; <see cref="Value"/> then holds second 59.</param>
public readonly record struct Rfc3339Result(DateTimeOffset Value, TimestampFault Fault, string? Reason, bool IsLeapSecond)
{
    /// <summary>True when the text is an RFC 3339 date-time naming a real instant.</summary>
    public bool IsValid => Fault == TimestampFault.None;

    internal static Rfc3339Result Failure(TimestampFault fault, string reason) => new(default, fault, reason, false);
}
