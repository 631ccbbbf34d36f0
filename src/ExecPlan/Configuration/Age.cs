using System.Globalization;

namespace ExecPlan.Configuration;

/// <summary>Parses ages such as `7d`, `12h` or `30m` (days, hours, minutes).</summary>
public static class Age
{
    // Keeps every unit well inside TimeSpan's range (about 2,700 years in days).
    private const int MaxCount = 1_000_000;

    /// <summary>Parses a positive age; false when the text is not one.</summary>
    public static bool TryParse(string? text, out TimeSpan age)
    {
        age = TimeSpan.Zero;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length < 2)
        {
            return false;
        }

        var digits = trimmed[..^1];
        if (!digits.All(char.IsAsciiDigit)
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count <= 0 || count > MaxCount)
        {
            return false;
        }

        age = trimmed[^1] switch
        {
            'd' => TimeSpan.FromDays(count),
            'h' => TimeSpan.FromHours(count),
            'm' => TimeSpan.FromMinutes(count),
            _ => TimeSpan.Zero,
        };
        return age > TimeSpan.Zero;
    }
}
