namespace ExecPlan.Text;

/// <summary>Reads a date or date-time token at a position: a fixed-width, single-pass reader with no backtracking.</summary>
internal static class DateTimeShapeReader
{
    /// <summary>Reads <c>YYYY-MM-DD</c>, optionally followed by a time, at <paramref name="start"/>; false when no date starts there.</summary>
    /// <remarks>Does not look before <paramref name="start"/>; the caller checks the left boundary.</remarks>
    public static bool TryRead(ReadOnlySpan<char> s, int start, out DateTimeShape shape)
    {
        shape = default;
        var text = s[start..];
        if (text.Length < 10 || !Digits(text, 0, 4, out var year) || text[4] != '-' ||
            !Digits(text, 5, 2, out var month) || text[7] != '-' || !Digits(text, 8, 2, out var day))
        {
            return false;
        }

        var date = new DateTimeShape { Length = 10, Year = year, Month = month, Day = day };
        if (text.Length > 10 && IsWordChar(text[10]))
        {
            // A date glued to more digits or letters (a longer number, a hash) unless a time follows a T.
            if (text[10] is 'T' or 't' && TryReadTime(text, date, out shape))
            {
                return true;
            }

            return false;
        }

        if (text.Length > 11 && text[10] == ' ' && TryReadTime(text, date, out shape))
        {
            return true;
        }

        shape = date;
        return true;
    }

    private static bool TryReadTime(ReadOnlySpan<char> text, DateTimeShape date, out DateTimeShape shape)
    {
        shape = default;
        if (!Digits(text, 11, 2, out var hour) || !At(text, 13, ':') || !Digits(text, 14, 2, out var minute))
        {
            return false;
        }

        var p = 16;
        var second = 0;
        var hasSeconds = At(text, p, ':') && Digits(text, p + 1, 2, out second);
        int fractionStart = 0, fractionLength = 0;
        if (hasSeconds)
        {
            p += 3;
            if (At(text, p, '.') && p + 1 < text.Length && char.IsAsciiDigit(text[p + 1]))
            {
                fractionStart = p + 1;
                p++;
                while (p < text.Length && char.IsAsciiDigit(text[p]))
                {
                    p++;
                }

                fractionLength = p - fractionStart;
            }
        }

        var zone = ReadZone(text, p, hasSeconds, out var sign, out var offsetHour, out var offsetMinute, out var zoneLength, out var name, out var spaced);
        p += zoneLength;
        if (p < text.Length && IsWordChar(text[p]))
        {
            return false;
        }

        shape = date with
        {
            Length = p,
            HasTime = true,
            Separator = text[10],
            Hour = hour,
            Minute = minute,
            HasSeconds = hasSeconds,
            Second = second,
            FractionStart = fractionStart,
            FractionLength = fractionLength,
            Zone = zone,
            OffsetSign = sign,
            OffsetHour = offsetHour,
            OffsetMinute = offsetMinute,
            ZoneAfterSpace = spaced,
            ZoneNameStart = name.Start,
            ZoneNameLength = name.Length,
        };
        return true;
    }

    // The zone after the time: glued (Z, ±HH:MM, ±HHMM, ±HH, UTC, GMT) or after one space, where it may also be in parentheses:
    // UTC or GMT with an offset glued to it or not (UTC+8, GMT-05:00), a zone's name (America/New_York, EST), or ±HH:MM (-HH:MM
    // only after seconds: `14:00 -15:00` may be a range). All of a zone is read or none of it: a zone read in part (the UTC of
    // UTC+8) would give a wrong instant.
    private static ZoneForm ReadZone(
        ReadOnlySpan<char> text, int p, bool hasSeconds, out int sign, out int hour, out int minute, out int length, out (int Start, int Length) name, out bool spaced)
    {
        (sign, hour, minute, length, name, spaced) = (0, 0, 0, 0, default, false);
        if (p >= text.Length)
        {
            return ZoneForm.None;
        }

        var c = text[p];
        if (c is 'Z' or 'z')
        {
            length = 1;
            return ZoneForm.Utc;
        }

        // Without seconds, "14:00-15:00" is far more often a range of times than an offset.
        if ((c == '+' || (c == '-' && hasSeconds)) && Digits(text, p + 1, 2, out hour))
        {
            sign = c == '-' ? -1 : 1;
            if (At(text, p + 3, ':') && Digits(text, p + 4, 2, out minute))
            {
                length = 6;
                return ZoneForm.Colon;
            }

            if (Digits(text, p + 3, 2, out minute))
            {
                length = 5;
                return ZoneForm.Basic;
            }

            length = 3;
            return ZoneForm.HourOnly;
        }

        var word = c == ' ' ? p + 1 : p;
        var open = c == ' ' && At(text, word, '(') ? 1 : 0;
        var start = word + open;
        var form = ZoneForm.None;
        var end = start;
        if (IsUtcWord(text, start))
        {
            end = start + 3;
            if (end < text.Length && text[end] is '+' or '-')
            {
                // Without seconds, `UTC-11:00` may start a range (`09:00 UTC-11:00 UTC`): ZoneGoesOn looks at what follows.
                if (!LooseOffset(text, end + 1, out hour, out minute, out var digits))
                {
                    return ZoneForm.None;
                }

                sign = text[end] == '-' ? -1 : 1;
                end += 1 + digits;
            }

            form = ZoneForm.Named;
        }
        else if (c == ' ' && ZoneNames.Length(text[start..]) is var named and > 0)
        {
            end = start + named;
            name = (start, named);
            form = ZoneForm.Region;
        }
        else if (c == ' ' && open == 0 && (At(text, word, '+') || (At(text, word, '-') && hasSeconds))
            && Digits(text, word + 1, 2, out hour) && At(text, word + 3, ':') && Digits(text, word + 4, 2, out minute))
        {
            sign = text[word] == '-' ? -1 : 1;
            spaced = true;
            length = 7;
            return ZoneForm.Colon;
        }

        if (form == ZoneForm.None || (end < text.Length && IsWordChar(text[end])) || (open == 1 && !At(text, end, ')')) || (open == 0 && ZoneGoesOn(text, end)))
        {
            (sign, hour, minute, name) = (0, 0, 0, default);
            return ZoneForm.None;
        }

        length = end + open - p;
        return form;
    }

    // What after a zone shows it is not all of it, or a range: `UTC +8`, `UTC/GMT+8`, `UTC−8` (a minus sign), `GMT+5.5`,
    // `09:00 UTC-11:00 UTC`. Such a time has no zone the reader can vouch for: no instant, no fix.
    private static bool ZoneGoesOn(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var next = text[end];
        var digitAfter = end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
        if (next is '/' or '\u2212' or '\u2013' or '\u2014' || (next is '.' or ',' or ':' && digitAfter))
        {
            return true;
        }

        if (next != ' ' || end + 2 >= text.Length)
        {
            return false;
        }

        var after = text[end + 1];
        return (after is '+' or '-' or '\u2212' or '\u2013' && char.IsAsciiDigit(text[end + 2])) || IsUtcWord(text, end + 1);
    }

    private static bool IsUtcWord(ReadOnlySpan<char> text, int p) => p + 3 <= text.Length && text.Slice(p, 3) is "UTC" or "GMT";

    // The offset glued to UTC or GMT: H, HH, H:MM, HH:MM or HHMM.
    private static bool LooseOffset(ReadOnlySpan<char> text, int p, out int hour, out int minute, out int length)
    {
        (hour, minute, length) = (0, 0, 0);
        var hours = Digits(text, p, 2, out hour) ? 2 : Digits(text, p, 1, out hour) ? 1 : 0;
        if (hours == 0)
        {
            return false;
        }

        length = hours;
        if (At(text, p + hours, ':') && Digits(text, p + hours + 1, 2, out minute))
        {
            length += 3;
        }
        else if (hours == 2 && Digits(text, p + 2, 2, out minute))
        {
            length += 2;
        }

        return true;
    }

    private static bool At(ReadOnlySpan<char> text, int p, char c) => p < text.Length && text[p] == c;

    private static bool Digits(ReadOnlySpan<char> text, int p, int count, out int value)
    {
        value = 0;
        if (p + count > text.Length)
        {
            return false;
        }

        for (var i = p; i < p + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>True for characters that glue a token to its neighbour: letters, digits and underscore.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
