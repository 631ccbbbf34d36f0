using ExecPlan.Text;

namespace ExecPlan.Tests.Content.Text;

public class TimestampScannerTests
{
    private static TimestampToken Single(string text)
    {
        var tokens = TimestampScanner.Scan(text);
        return Assert.Single(tokens);
    }

    [Theory]
    [InlineData("- [x] 2025-11-22T14:00:00Z Ran the tests", 6, 20)]
    [InlineData("Retrieved: 2025-11-22T14:05:00+09:00", 11, 25)]
    [InlineData("(2025-11-22T14:05:00.250Z)", 1, 24)]
    [InlineData("at 2025-11-22t14:05:00z.", 3, 20)]
    public void Rfc3339_date_times_are_valid_with_offset_and_length(string text, int offset, int length)
    {
        var token = Single(text);

        Assert.Equal(TimestampKind.Valid, token.Kind);
        Assert.Equal((offset, length), (token.Offset, token.Length));
        Assert.NotNull(token.Instant);
        Assert.Null(token.Suggestion);
    }

    [Theory]
    [InlineData("2025-11-22 14:00", TimestampAmbiguity.MissingT | TimestampAmbiguity.MissingSeconds | TimestampAmbiguity.MissingZone)]
    [InlineData("2025-11-22T14:00", TimestampAmbiguity.MissingSeconds | TimestampAmbiguity.MissingZone)]
    [InlineData("2025-11-22 14:00:00", TimestampAmbiguity.MissingT | TimestampAmbiguity.MissingZone)]
    [InlineData("2025-11-22T14:00:00", TimestampAmbiguity.MissingZone)]
    [InlineData("2025-11-22T14:00:00.5", TimestampAmbiguity.MissingZone)]
    public void Date_times_without_zone_are_ambiguous_with_no_fix(string text, TimestampAmbiguity ambiguity)
    {
        var token = Single(text);

        Assert.Equal(TimestampKind.Ambiguous, token.Kind);
        Assert.Equal(ambiguity, token.Ambiguity);
        Assert.Equal(text.Length, token.Length);
        Assert.Null(token.Suggestion);
        Assert.Null(token.Instant);
    }

    [Theory]
    [InlineData("(2025-10-01 13:00Z)", "2025-10-01 13:00Z", "2025-10-01T13:00:00Z")]
    [InlineData("2025-10-01T13:00Z", "2025-10-01T13:00Z", "2025-10-01T13:00:00Z")]
    [InlineData("2025-10-01 13:00:05Z", "2025-10-01 13:00:05Z", "2025-10-01T13:00:05Z")]
    [InlineData("2025-10-01 13:00+09:00", "2025-10-01 13:00+09:00", "2025-10-01T13:00:00+09:00")]
    [InlineData("2025-10-01T13:00:00+0900", "2025-10-01T13:00:00+0900", "2025-10-01T13:00:00+09:00")]
    [InlineData("2025-10-01T13:00:00-05", "2025-10-01T13:00:00-05", "2025-10-01T13:00:00-05:00")]
    [InlineData("2025-10-01 13:00 UTC today", "2025-10-01 13:00 UTC", "2025-10-01T13:00:00Z")]
    [InlineData("2025-10-01T13:00:00.25GMT", "2025-10-01T13:00:00.25GMT", "2025-10-01T13:00:00.25Z")]
    [InlineData("(2025-10-01 13:00 (UTC)) done", "2025-10-01 13:00 (UTC)", "2025-10-01T13:00:00Z")]
    [InlineData("2025-10-01 13:00 UTC+8, then", "2025-10-01 13:00 UTC+8", "2025-10-01T13:00:00+08:00")]
    [InlineData("2025-10-01 13:00 GMT-5", "2025-10-01 13:00 GMT-5", "2025-10-01T13:00:00-05:00")]
    [InlineData("2025-10-01T13:00:00 UTC+05:30", "2025-10-01T13:00:00 UTC+05:30", "2025-10-01T13:00:00+05:30")]
    [InlineData("2025-10-01 13:00 UTC+0930", "2025-10-01 13:00 UTC+0930", "2025-10-01T13:00:00+09:30")]
    [InlineData("2025-10-01 13:00 +02:00 local", "2025-10-01 13:00 +02:00", "2025-10-01T13:00:00+02:00")]
    [InlineData("2025-10-01T13:00:00 -07:00", "2025-10-01T13:00:00 -07:00", "2025-10-01T13:00:00-07:00")]
    public void Zoned_non_canonical_date_times_are_ambiguous_with_a_fix(string text, string token, string fix)
    {
        var found = Single(text);

        Assert.Equal(TimestampKind.Ambiguous, found.Kind);
        Assert.Equal(token, text.Substring(found.Offset, found.Length));
        Assert.Equal(fix, found.Suggestion);
        Assert.Equal(Rfc3339.Parse(fix).Value, found.Instant);
    }

    [Theory]
    [InlineData("(2025-10-01 13:00 CST) Ran it", "2025-10-01 13:00 CST")]
    [InlineData("2025-10-01 13:00 IST.", "2025-10-01 13:00 IST")]
    [InlineData("2025-10-01 13:00 (BST)", "2025-10-01 13:00 (BST)")]
    [InlineData("2025-10-01T13:00:00 MT", "2025-10-01T13:00:00 MT")]
    [InlineData("2025-07-01 13:00 EST", "2025-07-01 13:00 EST")] // EST in July: most likely the New York clock, -04:00
    [InlineData("2025-07-01 13:00 CET", "2025-07-01 13:00 CET")]
    [InlineData("2025-10-01 13:00 Mars/Olympus_Mons_Base", "2025-10-01 13:00")]
    public void A_zone_abbreviation_of_several_offsets_is_a_zone_name_with_no_fix(string text, string token)
    {
        var found = Single(text);

        Assert.Equal(TimestampKind.Ambiguous, found.Kind);
        Assert.Equal(token, text.Substring(found.Offset, found.Length));
        Assert.Null(found.Suggestion);
        Assert.Null(found.Instant);
        Assert.Equal(token.EndsWith("13:00", StringComparison.Ordinal), found.Ambiguity.HasFlag(TimestampAmbiguity.MissingZone));
        Assert.Equal(!token.EndsWith("13:00", StringComparison.Ordinal), found.Ambiguity.HasFlag(TimestampAmbiguity.ZoneName));
    }

    [Theory]
    [InlineData("(2025-10-01 13:00 PDT) Ran it", "2025-10-01 13:00 PDT", "2025-10-01T13:00:00-07:00")]
    [InlineData("2025-07-10 13:00 EDT.", "2025-07-10 13:00 EDT", "2025-07-10T13:00:00-04:00")]
    [InlineData("2025-10-01 13:00 (CEST)", "2025-10-01 13:00 (CEST)", "2025-10-01T13:00:00+02:00")]
    [InlineData("2025-10-01T13:00:00 AWST", "2025-10-01T13:00:00 AWST", "2025-10-01T13:00:00+08:00")]
    public void A_zone_abbreviation_of_one_offset_gets_that_offset(string text, string token, string fix)
    {
        var found = Single(text);

        Assert.Equal(token, text.Substring(found.Offset, found.Length));
        Assert.True(found.Ambiguity.HasFlag(TimestampAmbiguity.ZoneName));
        Assert.Equal(fix, found.Suggestion);
        Assert.Equal(Rfc3339.Parse(fix).Value, found.Instant);
    }

    [Theory]
    [InlineData("2025-10-01 13:00 America/New_York", "2025-10-01T13:00:00-04:00")] // summer time
    [InlineData("2025-07-01 13:00 ET", "2025-07-01T13:00:00-04:00")]
    [InlineData("2025-12-01 13:00 PT", "2025-12-01T13:00:00-08:00")]
    [InlineData("2025-12-01 13:00 America/New_York", "2025-12-01T13:00:00-05:00")]
    [InlineData("(2025-12-01T13:00:00 Europe/Berlin)", "2025-12-01T13:00:00+01:00")]
    [InlineData("2025-12-01 13:00 Asia/Kolkata", "2025-12-01T13:00:00+05:30")]
    [InlineData("2025-12-01 13:00 America/Argentina/Buenos_Aires", "2025-12-01T13:00:00-03:00")]
    public void A_time_in_an_iana_zone_gets_that_zones_offset_on_its_date_when_the_system_knows_the_zone(string text, string fix)
    {
        var found = Single(text);

        Assert.Equal(TimestampKind.Ambiguous, found.Kind);
        Assert.True(found.Ambiguity.HasFlag(TimestampAmbiguity.ZoneName));
        Assert.EndsWith(text.TrimStart('(').TrimEnd(')')[17..], text.Substring(found.Offset, found.Length), StringComparison.Ordinal);
        var name = text.TrimEnd(')').Split(' ')[^1] switch { "ET" => "America/New_York", "PT" => "America/Los_Angeles", var other => other };
        if (!ZoneKnown(name))
        {
            Assert.Null(found.Suggestion); // no zone database here (a bare container): the offset is asked for, never guessed
            return;
        }

        Assert.Equal(fix, found.Suggestion);
        Assert.Equal(Rfc3339.Parse(fix).Value, found.Instant);
    }

    [Theory]
    [InlineData("2025-03-09 02:30 America/New_York")] // skipped: clocks went from 02:00 to 03:00
    [InlineData("2025-11-02 01:30 America/New_York")] // repeated: 01:30 came twice
    public void A_wall_clock_time_a_zone_skips_or_repeats_gets_no_fix(string text)
    {
        var found = Single(text);

        Assert.True(found.Ambiguity.HasFlag(TimestampAmbiguity.ZoneName));
        Assert.Null(found.Suggestion);
        Assert.Null(found.Instant);
    }

    [Theory]
    [InlineData("2025-10-01 13:00 UTC+8h")]
    [InlineData("2025-10-01 13:00 UTCX")]
    [InlineData("2025-10-01 13:00 (UTC")]
    [InlineData("2025-10-01 13:00 ESTIMATE")]
    [InlineData("2025-10-01 10:00 -11:00 standup")] // a range, or an offset: without seconds, no fix either way
    [InlineData("2025-10-01 13:00 UTC +8")]
    [InlineData("2025-10-01 13:00 UTC/GMT+8")]
    [InlineData("2025-10-01 13:00 UTC\u22128")] // a minus sign
    [InlineData("2025-10-01 13:00 UTC\u20138")] // an en dash
    [InlineData("2025-10-01 13:00 GMT+5.5")]
    [InlineData("2025-10-01 09:00 UTC-11:00 UTC")] // a range
    [InlineData("2025-10-01 13:00 PST/PDT")]
    public void A_zone_read_only_in_part_is_no_zone_and_never_a_fix(string text)
    {
        var found = TimestampScanner.Scan(text);

        Assert.All(found, t => Assert.Null(t.Suggestion));
        Assert.All(found, t => Assert.Null(t.Instant));
    }

    private static bool ZoneKnown(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name) is not null;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData("2025-13-01T00:00:00Z", TimestampFault.MonthOutOfRange)]
    [InlineData("2025-02-30T10:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("2025-02-29T10:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("2025-11-22T25:00:00Z", TimestampFault.HourOutOfRange)]
    [InlineData("2025-11-22T14:60:00Z", TimestampFault.MinuteOutOfRange)]
    [InlineData("2025-11-22T14:00:60Z", TimestampFault.SecondOutOfRange)]
    [InlineData("2025-11-22T14:00:00+15:00", TimestampFault.OffsetOutOfRange)]
    [InlineData("2025-02-30 25:00", TimestampFault.DayOutOfRange)]
    public void Impossible_date_times_are_impossible_with_reason(string text, TimestampFault fault)
    {
        var token = Single(text);

        Assert.Equal(TimestampKind.Impossible, token.Kind);
        Assert.Equal(fault, token.Fault);
        Assert.NotNull(token.Reason);
        Assert.Null(token.Suggestion);
    }

    [Fact]
    public void Leap_second_at_end_of_utc_day_is_valid()
    {
        Assert.Equal(TimestampKind.Valid, Single("2016-12-31T23:59:60Z").Kind);
    }

    [Theory]
    [InlineData("Ship by 2025-12-17.", 8)]
    [InlineData("plans/2025-12-17-auth-PLAN.md", 6)]
    [InlineData("2025-12-17", 0)]
    [InlineData("2025-12-17 was a Wednesday", 0)]
    [InlineData("2025-12-17 2pm", 0)]
    public void Date_only_tokens_are_dates(string text, int offset)
    {
        var token = Single(text);

        Assert.Equal(TimestampKind.Date, token.Kind);
        Assert.Equal(offset, token.Offset);
        Assert.Equal(10, token.Length);
        Assert.Equal(TimestampFault.None, token.Fault);
    }

    [Fact]
    public void Impossible_date_only_is_a_date_carrying_its_fault()
    {
        var token = Single("due 2025-02-30");

        Assert.Equal(TimestampKind.Date, token.Kind);
        Assert.Equal(TimestampFault.DayOutOfRange, token.Fault);
    }

    [Theory]
    [InlineData("version 1.2.3 and 10.0.100")]
    [InlineData("listening on 192.168.1.10:8080 and [::1]:443")]
    [InlineData("took PT1H30M, then 14:00-15:00 and 90s")]
    [InlineData("commit 3f2a2025-11-22 and deadbeef2025-11-22")]
    [InlineData("ISO week 2025-W47-6 and ordinal 2025-326")]
    [InlineData("run id 12025-11-22 and 2025-11-223 and 2025-11-2")]
    [InlineData("build-2025-11-22 and v2025-11-22 and 1.2025-11-22 and x_2025-11-22")]
    [InlineData("2025-11-22T14:00:00Zulu and 2025-11-22T14:00:00Z9")]
    [InlineData("phone 555-1234-5678 and 2025/11/22 and 22.11.2025")]
    [InlineData("uuid 123e4567-e89b-12d3-a456-426614174000")]
    public void Non_timestamps_are_not_tokens(string text)
    {
        Assert.Empty(TimestampScanner.Scan(text));
    }

    [Fact]
    public void Finds_every_token_in_order()
    {
        const string text = "From 2025-11-22T14:00:00Z to 2025-11-22 15:00, see 2025-11-23..2025-11-24.";

        var tokens = TimestampScanner.Scan(text);

        Assert.Equal(
            [TimestampKind.Valid, TimestampKind.Ambiguous, TimestampKind.Date, TimestampKind.Date],
            tokens.Select(t => t.Kind));
        Assert.Equal(["2025-11-22T14:00:00Z", "2025-11-22 15:00", "2025-11-23", "2025-11-24"], tokens.Select(t => text[t.Offset..t.End]));
    }

    [Fact]
    public void Time_range_without_seconds_is_not_read_as_an_offset()
    {
        var token = Single("2025-11-22 14:00-15:00");

        Assert.Equal(16, token.Length);
        Assert.True(token.Ambiguity.HasFlag(TimestampAmbiguity.MissingZone));
    }

    [Fact]
    public void MatchAt_reads_only_at_the_offset()
    {
        const string text = "- 2025-11-22T14:00:00Z done";

        Assert.Equal(TimestampKind.Valid, TimestampScanner.MatchAt(text, 2)?.Kind);
        Assert.Null(TimestampScanner.MatchAt(text, 0));
        Assert.Null(TimestampScanner.MatchAt(text, 3));
        Assert.Null(TimestampScanner.MatchAt(text, 99));
    }

    [Fact]
    public void Span_offsets_are_relative_to_the_span()
    {
        const string text = "xxxx 2025-11-22T14:00:00Z";

        var token = Assert.Single(TimestampScanner.Scan(text.AsSpan(5)));

        Assert.Equal(0, token.Offset);
    }

    [Fact]
    public void Range_offsets_are_indexes_into_the_whole_text()
    {
        const string text = "2025-11-22T14:00:00Z | 2025-11-23T14:00:00Z | 2025-11-24";

        var token = Assert.Single(TimestampScanner.Scan(text, 23, 20));

        Assert.Equal((23, 20, TimestampKind.Valid), (token.Offset, token.Length, token.Kind));
    }

    [Theory]
    [InlineData(-5, 100)]
    [InlineData(100, 5)]
    [InlineData(3, -1)]
    public void Out_of_range_ranges_are_clamped_not_thrown(int start, int length)
    {
        Assert.True(TimestampScanner.Scan("2025-11-22", start, length).Count <= 1);
    }

    [Fact]
    public void Empty_and_null_give_no_tokens()
    {
        Assert.Empty(TimestampScanner.Scan(string.Empty));
        Assert.Empty(TimestampScanner.Scan((string?)null));
    }

    [Fact]
    public void Five_megabytes_of_dash_heavy_prose_are_scanned_to_the_end()
    {
        var line = "- [x] 2025-11-22T14:00:00Z (Owner: a-b-c) ran `npm run test-all` 2025-11-22 14:00 -- 1-2-3-4 ok\n";
        var text = string.Concat(Enumerable.Repeat(line, (5 * 1024 * 1024) / line.Length));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var tokens = TimestampScanner.Scan(text);

        Assert.Equal(2 * ((5 * 1024 * 1024) / line.Length), tokens.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"took {clock.Elapsed}"); // a hang guard only: cost is measured by the benchmarks, never timed in a test
    }
}
