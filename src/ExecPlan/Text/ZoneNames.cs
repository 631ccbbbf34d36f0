using System.Collections.Frozen;

namespace ExecPlan.Text;

/// <summary>
/// Zone names people write after a time instead of an offset: IANA names (<c>America/New_York</c>, <c>Etc/GMT+5</c>) and the
/// common abbreviations (<c>EST</c>, <c>CEST</c>, <c>PT</c>). Only an IANA name can give an offset, from the system's zone
/// database; an abbreviation cannot (CST is -06:00 in Chicago and +08:00 in Shanghai, PT is -08:00 or -07:00 by the season).
/// </summary>
internal static class ZoneNames
{
    // The first part of every IANA name in use, and the legacy country links (US/Eastern).
    private static readonly FrozenSet<string> Areas = new[]
    {
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Etc", "US", "Canada", "Brazil", "Mexico", "Chile",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT", "NST", "NDT",
        "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "JST", "KST", "SGT", "HKT", "PHT", "WIB",
        "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The length of the zone name <paramref name="text"/> starts with, or 0; the caller checks what follows it.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetterUpper(text[letters]))
        {
            letters++;
        }

        if (letters is >= 2 and <= 4 && (letters == text.Length || text[letters] != '/') && Abbreviations.Contains(text[..letters].ToString()))
        {
            return letters;
        }

        var area = 0;
        while (area < text.Length && char.IsAsciiLetter(text[area]))
        {
            area++;
        }

        if (area == 0 || area == text.Length || text[area] != '/' || !Areas.Contains(text[..area].ToString()))
        {
            return 0;
        }

        // One to two more parts, each a letter and then letters, digits, '_', '-' or '+' (America/Argentina/Buenos_Aires, Etc/GMT+5).
        var end = area;
        for (var parts = 0; parts < 2 && end + 1 < text.Length && text[end] == '/' && char.IsAsciiLetter(text[end + 1]); parts++)
        {
            end += 2;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '+'))
            {
                end++;
            }
        }

        return end == area ? 0 : end;
    }

    /// <summary>
    /// The UTC offset of the IANA zone <paramref name="name"/> at the wall-clock time <paramref name="local"/>; false for an
    /// abbreviation, a zone the system does not know, and a time the zone skips or repeats (a daylight-saving change).
    /// </summary>
    public static bool TryOffset(string name, DateTime local, out TimeSpan offset)
    {
        offset = default;
        if (!name.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(name);
            var time = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(time) || zone.IsAmbiguousTime(time))
            {
                return false;
            }

            offset = zone.GetUtcOffset(time);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
