namespace ExecPlan.Text;

/// <summary>What a date-time-looking token in prose turned out to be.</summary>
public enum TimestampKind
{
    /// <summary>A date alone (<c>2025-12-17</c>): fine in prose, not a timestamp.</summary>
    Date,

    /// <summary>An RFC 3339 date-time naming a real instant.</summary>
    Valid,

    /// <summary>A date and a time written without <c>T</c>, seconds or an RFC 3339 zone (EXP0401).</summary>
    Ambiguous,

    /// <summary>A date-time whose fields name no real instant: month 13, Feb 30, 25:00 (EXP0402).</summary>
    Impossible,
}
