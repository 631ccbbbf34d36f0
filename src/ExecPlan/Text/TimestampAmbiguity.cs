namespace ExecPlan.Text;

/// <summary>What a date-time token leaves out or writes in a non-RFC 3339 way; several may apply.</summary>
[Flags]
public enum TimestampAmbiguity
{
    /// <summary>Nothing: the token is in RFC 3339 form.</summary>
    None = 0,

    /// <summary>A space separates date and time instead of <c>T</c>.</summary>
    MissingT = 1,

    /// <summary>The time has hours and minutes only.</summary>
    MissingSeconds = 2,

    /// <summary>No zone at all: the instant depends on an unknown local clock.</summary>
    MissingZone = 4,

    /// <summary>A zone RFC 3339 does not allow: <c>+0900</c>, <c>+09</c>, <c>UTC</c>, <c>GMT+8</c>, an offset after a space.</summary>
    NonRfcZone = 8,

    /// <summary>A zone's name instead of its offset: <c>America/New_York</c>, <c>EST</c>.</summary>
    ZoneName = 16,
}
