using System.Globalization;

namespace ExecPlan.Text;

/// <summary>Strict RFC 3339 date-time parsing: <c>YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)</c>, nothing more or less.</summary>
/// <remarks>
/// As RFC 3339 section 5.6 allows, <c>t</c> and <c>z</c> may be lowercase. <c>-00:00</c> is read as UTC.
/// Second 60 is accepted only where it is 23:59 in UTC (RFC 3339 section 5.7) and is mapped to second 59 of the
/// same minute, with <see cref="Rfc3339Result.IsLeapSecond"/> set. Offsets beyond ±14:00 name no real zone and are
/// impossible; fractional digits past the seventh (100 ns) are truncated. Never throws.
/// </remarks>
public static class Rfc3339
{
    /// <summary>Parses the whole of <paramref name="text"/> as one RFC 3339 date-time.</summary>
    public static Rfc3339Result Parse(ReadOnlySpan<char> text)
    {
        if (!DateTimeShapeReader.TryRead(text, 0, out var shape) || shape.Length != text.Length || !shape.IsRfc3339Form)
        {
            return Rfc3339Result.Failure(TimestampFault.Malformed, "not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SSZ or ±HH:MM)");
        }

        return DateTimeValidation.Resolve(shape, text.Slice(shape.FractionStart, shape.FractionLength));
    }

    /// <summary>Parses <paramref name="text"/> (null gives <see cref="TimestampFault.Malformed"/>).</summary>
    public static Rfc3339Result Parse(string? text) => Parse((text ?? string.Empty).AsSpan());

    /// <summary>Writes an instant in the canonical form of the ExecPlan format (docs/format.md): seconds always, fraction only when non-zero, <c>Z</c> for UTC, else <c>±HH:MM</c>.</summary>
    public static string Format(DateTimeOffset value)
    {
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
        if (value.Offset == TimeSpan.Zero)
        {
            return text + "Z";
        }

        var offset = value.Offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{text}{(value.Offset < TimeSpan.Zero ? '-' : '+')}{offset.Hours:00}:{offset.Minutes:00}");
    }

    /// <summary>Returns true and the instant when <paramref name="text"/> is a valid RFC 3339 date-time.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        var result = Parse(text);
        value = result.Value;
        return result.IsValid;
    }
}
