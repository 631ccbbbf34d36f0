using System.Globalization;

namespace ExecPlan.Board;

/// <summary>How every board format writes a time, an age, a share and a count, so that the formats agree word for word.</summary>
internal static class BoardText
{
    /// <summary>An instant as RFC 3339 in UTC, to the second.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>An age in its two largest units: `45s`, `12m`, `3h 5m`, `2d 4h`.</summary>
    public static string Age(TimeSpan age)
    {
        var whole = age < TimeSpan.Zero ? TimeSpan.Zero : age;
        return whole.TotalDays >= 1 ? Two((int)whole.TotalDays, "d", whole.Hours, "h")
            : whole.TotalHours >= 1 ? Two(whole.Hours, "h", whole.Minutes, "m")
            : whole.TotalMinutes >= 1 ? Inv($"{whole.Minutes}m")
            : Inv($"{whole.Seconds}s");
    }

    /// <summary>The age of a plan, or "no timestamp" for a plan that writes no time.</summary>
    public static string AgeOf(BoardPlan plan) => plan?.Age is { } age ? Age(age) + " ago" : "no timestamp";

    /// <summary>A share as a whole percentage: `75%`.</summary>
    public static string Percent(double ratio) => Inv($"{Math.Round(ratio * 100, MidpointRounding.AwayFromZero):0}%");

    /// <summary>A ratio with its counts, `3/4 (75%)`, or `none` when there is nothing to count.</summary>
    public static string Ratio(int part, int whole, double? ratio) => ratio is { } known ? Inv($"{part}/{whole} ({Percent(known)})") : "none";

    /// <summary>Progress as `done/total`.</summary>
    public static string Progress(BoardPlan plan) => Inv($"{plan?.Summary.ProgressDone}/{plan?.Summary.ProgressTotal}");

    /// <summary>A number in invariant form.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>`1 plan`, `2 plans`.</summary>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : Inv($"{count} {noun}s");

    /// <summary>The plan's name for a person: its title, else its id, else its file name (its path is shown beside it).</summary>
    public static string Name(BoardPlan plan) =>
        plan?.Summary.Title ?? plan?.Summary.Id ?? (plan?.Path is { } path ? System.IO.Path.GetFileNameWithoutExtension(path) : string.Empty);

    /// <summary>The statuses that hold plans, as `2 IN_PROGRESS, 1 DONE`, or `no plans`.</summary>
    public static string StatusCounts(BoardTotals totals) =>
        totals?.ByStatus.Where(s => s.Value > 0).Select(s => Inv($"{s.Value} {s.Key}")).ToList() is { Count: > 0 } parts ? string.Join(", ", parts) : "no plans";

    private static string Two(int first, string firstUnit, int second, string secondUnit) =>
        second == 0 ? Inv($"{first}{firstUnit}") : Inv($"{first}{firstUnit} {second}{secondUnit}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
