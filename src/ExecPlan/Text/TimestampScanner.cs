using System.Globalization;

namespace ExecPlan.Text;

/// <summary>Finds every date and date-time token in a piece of text (a line of prose, a field value) in one linear pass.</summary>
/// <remarks>
/// A token starts with <c>YYYY-MM-DD</c> that is not glued to a letter, digit or underscore on either side (nor to
/// <c>1.</c> or <c>word-</c> before it), so version numbers, hashes, IP addresses and longer digit runs never match.
/// A time follows after <c>T</c> or one space as <c>HH:MM[:SS[.frac]]</c> and an optional zone (<c>Z</c>,
/// <c>±HH:MM</c>, <c>±HHMM</c>, <c>±HH</c>, <c>UTC</c>, <c>GMT</c>, <c>UTC+8</c>; after a space also <c>±HH:MM</c>, a zone
/// name such as <c>America/New_York</c> or <c>EST</c>, and any of them in parentheses). Without seconds a <c>-HH:MM</c> is read
/// as the end of a time range, not as an offset. Times without a date (<c>14:00</c>) are not tokens.
/// </remarks>
public static class TimestampScanner
{
    /// <summary>Scans <paramref name="text"/>; offsets are indexes into it.</summary>
    public static IReadOnlyList<TimestampToken> Scan(string? text) => Scan((text ?? string.Empty).AsSpan());

    /// <summary>Scans the range <paramref name="start"/>..+<paramref name="length"/> of <paramref name="text"/> (clamped to the text); offsets are indexes into <paramref name="text"/>.</summary>
    public static IReadOnlyList<TimestampToken> Scan(string? text, int start, int length)
    {
        text ??= string.Empty;
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        var tokens = Scan(text.AsSpan(start, length));
        return start == 0 ? tokens : tokens.Select(t => t with { Offset = t.Offset + start }).ToList();
    }

    /// <summary>Scans <paramref name="text"/>; offsets are relative to the start of the span.</summary>
    public static IReadOnlyList<TimestampToken> Scan(ReadOnlySpan<char> text)
    {
        List<TimestampToken>? tokens = null;
        var i = 0;
        while (i < text.Length)
        {
            var dash = text[i..].IndexOf('-');
            if (dash < 0)
            {
                break;
            }

            dash += i;
            var start = dash - 4;
            if (start >= i && MatchAt(text, start) is { } token)
            {
                (tokens ??= []).Add(token);
                i = token.End;
                continue;
            }

            i = dash + 1;
        }

        return tokens ?? (IReadOnlyList<TimestampToken>)[];
    }

    /// <summary>Reads the token that starts exactly at <paramref name="offset"/>, or null when none starts there.</summary>
    public static TimestampToken? MatchAt(ReadOnlySpan<char> text, int offset)
    {
        if (offset < 0 || offset >= text.Length || !IsLeftBoundary(text, offset) ||
            !DateTimeShapeReader.TryRead(text, offset, out var shape))
        {
            return null;
        }

        return Classify(shape, text.Slice(offset, shape.Length), offset);
    }

    /// <summary>Reads the token that starts exactly at <paramref name="offset"/> in a string, or null.</summary>
    public static TimestampToken? MatchAt(string? text, int offset) => MatchAt((text ?? string.Empty).AsSpan(), offset);

    private static bool IsLeftBoundary(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        if (DateTimeShapeReader.IsWordChar(before))
        {
            return false;
        }

        // "1.2025-..." is a version and "build-2025-..." a slug; "(2025-..." and "..2025-..." are fine.
        var glued = start >= 2 && before switch
        {
            '.' => char.IsAsciiDigit(text[start - 2]),
            '-' or '+' => DateTimeShapeReader.IsWordChar(text[start - 2]),
            _ => false,
        };
        return !glued;
    }

    private static TimestampToken Classify(DateTimeShape shape, ReadOnlySpan<char> token, int offset)
    {
        if (!shape.HasTime)
        {
            var (fault, reason) = DateTimeValidation.CheckDate(shape.Year, shape.Month, shape.Day);
            return new TimestampToken(offset, shape.Length, TimestampKind.Date, null, TimestampAmbiguity.None, fault, reason, null);
        }

        var fraction = token.Slice(shape.FractionStart, shape.FractionLength);
        var result = DateTimeValidation.Resolve(shape, fraction);
        if (result.IsValid && shape.Zone == ZoneForm.Region
            && ZoneNames.TryOffset(token.Slice(shape.ZoneNameStart, shape.ZoneNameLength).ToString(), result.Value.DateTime, out var zoneOffset))
        {
            // The zone's offset at that wall-clock time, from the zone database: the instant is exact, only the spelling is not RFC 3339.
            var minutes = (int)Math.Abs(zoneOffset.TotalMinutes);
            shape = shape with { OffsetSign = zoneOffset < TimeSpan.Zero ? -1 : 1, OffsetHour = minutes / 60, OffsetMinute = minutes % 60, ZoneResolved = true };
            result = DateTimeValidation.Resolve(shape, fraction);
        }

        var ambiguity = AmbiguityOf(shape);
        if (!result.IsValid)
        {
            return new TimestampToken(offset, shape.Length, TimestampKind.Impossible, null, ambiguity, result.Fault, result.Reason, null);
        }

        if (ambiguity == TimestampAmbiguity.None)
        {
            return new TimestampToken(offset, shape.Length, TimestampKind.Valid, result.Value, ambiguity, TimestampFault.None, null, null);
        }

        var zoned = shape.Zone != ZoneForm.None && (shape.Zone != ZoneForm.Region || shape.ZoneResolved);
        return new TimestampToken(
            offset,
            shape.Length,
            TimestampKind.Ambiguous,
            zoned ? result.Value : null,
            ambiguity,
            TimestampFault.None,
            null,
            zoned ? Canonical(shape, fraction) : null);
    }

    private static TimestampAmbiguity AmbiguityOf(in DateTimeShape shape)
    {
        var ambiguity = TimestampAmbiguity.None;
        if (shape.Separator == ' ')
        {
            ambiguity |= TimestampAmbiguity.MissingT;
        }

        if (!shape.HasSeconds)
        {
            ambiguity |= TimestampAmbiguity.MissingSeconds;
        }

        ambiguity |= shape.Zone switch
        {
            ZoneForm.None => TimestampAmbiguity.MissingZone,
            ZoneForm.Basic or ZoneForm.HourOnly or ZoneForm.Named => TimestampAmbiguity.NonRfcZone,
            ZoneForm.Region => TimestampAmbiguity.ZoneName,
            ZoneForm.Colon when shape.ZoneAfterSpace => TimestampAmbiguity.NonRfcZone,
            _ => TimestampAmbiguity.None,
        };
        return ambiguity;
    }

    /// <summary>The RFC 3339 spelling of a zoned token: upper-case T and Z, seconds, <c>±HH:MM</c>.</summary>
    private static string Canonical(in DateTimeShape shape, ReadOnlySpan<char> fraction)
    {
        // A zero offset is `Z`: `-00:00` would say the local offset is unknown (RFC 3339, 4.3), not that the time is UTC (`UTC-0`).
        var zone = shape.Zone is ZoneForm.Utc || (shape.Zone is ZoneForm.Named && shape.OffsetSign == 0) || (shape.OffsetHour == 0 && shape.OffsetMinute == 0)
            ? "Z"
            : string.Create(CultureInfo.InvariantCulture, $"{(shape.OffsetSign < 0 ? '-' : '+')}{shape.OffsetHour:00}:{shape.OffsetMinute:00}");
        var dot = fraction.IsEmpty ? string.Empty : ".";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{shape.Year:0000}-{shape.Month:00}-{shape.Day:00}T{shape.Hour:00}:{shape.Minute:00}:{shape.Second:00}{dot}{fraction}{zone}");
    }
}
