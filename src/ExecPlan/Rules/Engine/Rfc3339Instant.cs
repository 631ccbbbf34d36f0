using System.Globalization;
using System.Text.RegularExpressions;

namespace ExecPlan.Rules.Engine;

/// <summary>Strict RFC 3339 date-times as the spec requires: `2025-11-22T14:00:00Z` or with an offset, fractions allowed.</summary>
internal static partial class Rfc3339Instant
{
    /// <summary>Parses a whole string; false when it is not RFC 3339 or names no real instant.</summary>
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null || text.Length > 40)
        {
            return false;
        }

        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        // Leap seconds (:60) are valid RFC 3339; .NET has no such second, so they count as the second before.
        var value = match.Value.Replace(":60", ":59", StringComparison.Ordinal).Replace('t', 'T').Replace('z', 'Z');
        return DateTimeOffset.TryParseExact(
            value,
            ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out instant) || TryParseLongFraction(value, out instant);
    }

    private static bool TryParseLongFraction(string value, out DateTimeOffset instant)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var zone = value.IndexOfAny(['Z', '+', '-'], Math.Max(0, dot));
        instant = default;
        return dot > 0 && zone > dot + 8
            && DateTimeOffset.TryParseExact(value[..(dot + 8)] + value[zone..], "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shape();
}
