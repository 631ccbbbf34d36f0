namespace ExecPlan.Schema;

/// <summary>The date-time spellings a plan format takes as exact (the others are EXP0401).</summary>
public enum TimestampForm
{
    /// <summary>RFC 3339 only: <c>2025-11-22T14:00:00Z</c>.</summary>
    Rfc3339,

    /// <summary>RFC 3339, and a zoned time to the minute with a space or a T (the cookbook's stamp <c>2025-10-01 13:00Z</c>).</summary>
    ZonedMinutes,
}
