using System.Collections.Frozen;

namespace ExecPlan.Text;

/// <summary>
/// Zone names people write after a time instead of an offset: IANA names (<c>America/New_York</c>, <c>Etc/GMT+5</c>) and the
/// common abbreviations (<c>EST</c>, <c>CEST</c>, <c>PT</c>). An IANA name gives its offset on the date from the system's zone
/// database, as do the North American generic names (ET, CT, PT: the offset New York, Chicago or Los Angeles had then); an
/// abbreviation of one offset (PDT is -07:00, CEST +02:00, JST +09:00) gives it; the others give none (CST is -06:00 in Chicago
/// and +08:00 in Shanghai, IST +05:30 in India and +02:00 in Israel, MT -06:00 in a Denver summer and -07:00 in Arizona all
/// year, and EST or CET are written in summer too, meaning the zone's clock).
/// </summary>
internal static class ZoneNames
{
    // The first part of every IANA name in use, and the legacy country links (US/Eastern).
    private static readonly FrozenSet<string> Areas = new[]
    {
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Etc", "US", "Canada", "Brazil", "Mexico", "Chile",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Abbreviations of one offset, in minutes east of UTC: summer times (written only while they hold) and zones without one.
    private static readonly FrozenDictionary<string, int> Fixed = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["EDT"] = -240, ["CDT"] = -300, ["MDT"] = -360, ["PDT"] = -420, ["AKDT"] = -480, ["NDT"] = -150, ["HST"] = -600,
        ["CEST"] = 120, ["EEST"] = 180, ["WEST"] = 60, ["MSK"] = 180,
        ["JST"] = 540, ["KST"] = 540, ["SGT"] = 480, ["HKT"] = 480, ["PHT"] = 480, ["WIB"] = 420,
        ["AEDT"] = 660, ["ACDT"] = 630, ["AWST"] = 480, ["NZDT"] = 780,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Generic names whose offset is the season's where they are used.
    private static readonly FrozenDictionary<string, string> Generic = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ET"] = "America/New_York", ["CT"] = "America/Chicago", ["PT"] = "America/Los_Angeles",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Names of more than one offset: a zone name, never an offset. Besides the names of several zones (CST, IST, BST, AST, PST in
    // Manila), the standard time of a zone with a summer time: people write EST, CET or AEST all year, meaning the zone's clock.
    private static readonly FrozenSet<string> Unsure = new[]
    {
        "CST", "MT", "AST", "ADT", "BST", "IST", "EST", "MST", "PST", "AKST", "NST", "CET", "EET", "WET", "AEST", "ACST", "NZST",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsAbbreviation(string letters) => Fixed.ContainsKey(letters) || Generic.ContainsKey(letters) || Unsure.Contains(letters);

    /// <summary>The length of the zone name <paramref name="text"/> starts with, or 0; the caller checks what follows it.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetterUpper(text[letters]))
        {
            letters++;
        }

        if (letters is >= 2 and <= 4 && (letters == text.Length || text[letters] != '/') && IsAbbreviation(text[..letters].ToString()))
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
    /// The UTC offset of the zone <paramref name="name"/> at the wall-clock time <paramref name="local"/>; false for a name of
    /// several offsets, a zone the system does not know, and a time the zone skips or repeats (a daylight-saving change).
    /// </summary>
    public static bool TryOffset(string name, DateTime local, out TimeSpan offset)
    {
        offset = default;
        if (Fixed.TryGetValue(name, out var minutes))
        {
            offset = TimeSpan.FromMinutes(minutes);
            return true;
        }

        name = Generic.GetValueOrDefault(name, name);
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
