using System.Globalization;

namespace ExecPlan.Configuration;

/// <summary>Parses sizes such as `4194304`, `4MiB`, `512KB` or `1 GB` into bytes (KB = 1000, KiB = 1024).</summary>
public static class ByteSize
{
    private static readonly (string Unit, long Factor)[] Units =
    [
        ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30),
        ("KB", 1000L), ("MB", 1000L * 1000), ("GB", 1000L * 1000 * 1000),
        ("B", 1L),
    ];

    /// <summary>Parses a positive size; false when the text is not a size or overflows.</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        var factor = 1L;
        foreach (var (unit, unitFactor) in Units)
        {
            if (trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                factor = unitFactor;
                trimmed = trimmed[..^unit.Length].TrimEnd();
                break;
            }
        }

        if (trimmed.Length == 0 || !trimmed.All(char.IsAsciiDigit)
            || !long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count <= 0 || count > long.MaxValue / factor)
        {
            return false;
        }

        bytes = count * factor;
        return true;
    }

    /// <summary>A size as a person writes it: `1 MiB`, `512 KiB`, or a number of bytes.</summary>
    public static string Describe(long bytes) => bytes switch
    {
        > 0 when bytes % (1L << 30) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30} GiB"),
        > 0 when bytes % (1L << 20) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20} MiB"),
        > 0 when bytes % (1L << 10) == 0 => string.Create(CultureInfo.InvariantCulture, $"{bytes >> 10} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };
}
