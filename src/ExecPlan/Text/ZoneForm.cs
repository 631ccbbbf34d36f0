namespace ExecPlan.Text;

/// <summary>How a date-time token wrote its zone, if at all.</summary>
internal enum ZoneForm
{
    /// <summary>No zone: local time of unknown offset.</summary>
    None,

    /// <summary><c>Z</c> (or <c>z</c>), RFC 3339's UTC designator.</summary>
    Utc,

    /// <summary><c>±HH:MM</c>, RFC 3339's numeric offset.</summary>
    Colon,

    /// <summary><c>±HHMM</c>, ISO 8601 basic offset; not RFC 3339.</summary>
    Basic,

    /// <summary><c>±HH</c>, ISO 8601 hour-only offset; not RFC 3339.</summary>
    HourOnly,

    /// <summary>The word <c>UTC</c> or <c>GMT</c>, optionally after a space; not RFC 3339.</summary>
    Named,
}
