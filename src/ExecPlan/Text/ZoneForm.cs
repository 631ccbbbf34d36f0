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

    /// <summary>
    /// The word <c>UTC</c> or <c>GMT</c>, optionally after a space or in parentheses, with an offset glued to it or not
    /// (<c>UTC+8</c>, <c>GMT-05:00</c>); not RFC 3339.
    /// </summary>
    Named,

    /// <summary>
    /// A zone's name after a space, optionally in parentheses: an IANA name (<c>America/New_York</c>) or an abbreviation
    /// (<c>EST</c>, <c>CEST</c>, <c>PT</c>). Not RFC 3339, and its offset is known only where the zone database resolves it.
    /// </summary>
    Region,
}
