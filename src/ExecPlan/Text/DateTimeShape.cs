namespace ExecPlan.Text;

/// <summary>The fields of a date or date-time token as written, before any range checks.</summary>
/// <remarks>Offsets are relative to the start of the token; only digits are read, so no field can overflow.</remarks>
internal readonly record struct DateTimeShape
{
    public int Length { get; init; }

    public int Year { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    public bool HasTime { get; init; }

    public char Separator { get; init; }

    public int Hour { get; init; }

    public int Minute { get; init; }

    public bool HasSeconds { get; init; }

    public int Second { get; init; }

    public int FractionStart { get; init; }

    public int FractionLength { get; init; }

    public ZoneForm Zone { get; init; }

    public int OffsetSign { get; init; }

    public int OffsetHour { get; init; }

    public int OffsetMinute { get; init; }

    /// <summary>A numeric offset written after a space (<c>14:00 +02:00</c>): the offset is exact, the spelling not RFC 3339.</summary>
    public bool ZoneAfterSpace { get; init; }

    /// <summary>For <see cref="ZoneForm.Region"/>: where the zone's name starts in the token, and its length.</summary>
    public int ZoneNameStart { get; init; }

    /// <inheritdoc cref="ZoneNameStart"/>
    public int ZoneNameLength { get; init; }

    /// <summary>For <see cref="ZoneForm.Region"/>: whether the offset fields hold the zone's offset at that local time (see <see cref="ZoneNames"/>).</summary>
    public bool ZoneResolved { get; init; }

    /// <summary>True when the token is exactly RFC 3339's date-time production (either case of T and Z).</summary>
    public bool IsRfc3339Form =>
        HasTime && (Separator is 'T' or 't') && HasSeconds && (Zone is ZoneForm.Utc or ZoneForm.Colon) && !ZoneAfterSpace;
}
