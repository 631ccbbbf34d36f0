using ExecPlan.Text;

namespace ExecPlan.Tests.Content.Text;

public class Rfc3339Tests
{
    [Theory]
    [InlineData("2025-11-22T14:00:00Z", "2025-11-22T14:00:00.0000000+00:00")]
    [InlineData("2025-11-22T14:00:00+09:00", "2025-11-22T14:00:00.0000000+09:00")]
    [InlineData("2025-11-22T14:00:00-05:30", "2025-11-22T14:00:00.0000000-05:30")]
    [InlineData("2025-11-22T14:00:00.5Z", "2025-11-22T14:00:00.5000000+00:00")]
    [InlineData("2025-11-22T14:00:00.123456789Z", "2025-11-22T14:00:00.1234567+00:00")]
    [InlineData("2025-11-22t14:00:00z", "2025-11-22T14:00:00.0000000+00:00")]
    [InlineData("2025-11-22T14:00:00-00:00", "2025-11-22T14:00:00.0000000+00:00")]
    [InlineData("2024-02-29T00:00:00Z", "2024-02-29T00:00:00.0000000+00:00")]
    [InlineData("2000-02-29T00:00:00Z", "2000-02-29T00:00:00.0000000+00:00")]
    [InlineData("2025-11-22T14:00:00+14:00", "2025-11-22T14:00:00.0000000+14:00")]
    public void Valid_date_times_parse_to_their_instant(string text, string expected)
    {
        var result = Rfc3339.Parse(text);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(TimestampFault.None, result.Fault);
        Assert.Equal(expected, result.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2025-13-01T00:00:00Z", TimestampFault.MonthOutOfRange)]
    [InlineData("2025-00-01T00:00:00Z", TimestampFault.MonthOutOfRange)]
    [InlineData("2025-02-30T00:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("2025-02-29T00:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("1900-02-29T00:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("2025-04-31T00:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("2025-04-00T00:00:00Z", TimestampFault.DayOutOfRange)]
    [InlineData("2025-11-22T24:00:00Z", TimestampFault.HourOutOfRange)]
    [InlineData("2025-11-22T25:00:00Z", TimestampFault.HourOutOfRange)]
    [InlineData("2025-11-22T14:60:00Z", TimestampFault.MinuteOutOfRange)]
    [InlineData("2025-11-22T14:00:61Z", TimestampFault.SecondOutOfRange)]
    [InlineData("2025-11-22T14:00:60Z", TimestampFault.SecondOutOfRange)]
    [InlineData("2025-11-22T23:59:60+01:00", TimestampFault.SecondOutOfRange)]
    [InlineData("2025-11-22T14:00:00+15:00", TimestampFault.OffsetOutOfRange)]
    [InlineData("2025-11-22T14:00:00+09:60", TimestampFault.OffsetOutOfRange)]
    [InlineData("2025-11-22T14:00:00-99:00", TimestampFault.OffsetOutOfRange)]
    [InlineData("0000-01-01T00:00:00Z", TimestampFault.YearOutOfRange)]
    [InlineData("0001-01-01T00:00:00+01:00", TimestampFault.YearOutOfRange)]
    [InlineData("9999-12-31T23:00:00-02:00", TimestampFault.YearOutOfRange)]
    public void Impossible_date_times_name_their_fault(string text, TimestampFault fault)
    {
        var result = Rfc3339.Parse(text);

        Assert.False(result.IsValid);
        Assert.Equal(fault, result.Fault);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void February_30_reason_names_the_month_length()
    {
        Assert.Equal("day 30 does not exist: February 2025 has 28 days", Rfc3339.Parse("2025-02-30T00:00:00Z").Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2025-11-22")]
    [InlineData("2025-11-22 14:00:00Z")]
    [InlineData("2025-11-22T14:00Z")]
    [InlineData("2025-11-22T14:00:00")]
    [InlineData("2025-11-22T14:00:00+0900")]
    [InlineData("2025-11-22T14:00:00+09")]
    [InlineData("2025-11-22T14:00:00 UTC")]
    [InlineData("2025-11-22T14:00:00.Z")]
    [InlineData(" 2025-11-22T14:00:00Z")]
    [InlineData("2025-11-22T14:00:00Z ")]
    [InlineData("2025-11-22T14:00:00Zx")]
    [InlineData("25-11-22T14:00:00Z")]
    [InlineData("2025-1-22T14:00:00Z")]
    [InlineData("２０２５-11-22T14:00:00Z")]
    public void Other_shapes_are_malformed(string text)
    {
        Assert.Equal(TimestampFault.Malformed, Rfc3339.Parse(text).Fault);
    }

    [Fact]
    public void Null_is_malformed_not_an_exception()
    {
        Assert.Equal(TimestampFault.Malformed, Rfc3339.Parse((string?)null).Fault);
        Assert.False(Rfc3339.TryParse(null, out _));
    }

    [Theory]
    [InlineData("2016-12-31T23:59:60Z", "2016-12-31T23:59:59.0000000+00:00")]
    [InlineData("1990-12-31T15:59:60-08:00", "1990-12-31T15:59:59.0000000-08:00")]
    [InlineData("2016-12-31T23:59:60.5Z", "2016-12-31T23:59:59.5000000+00:00")]
    public void Leap_second_at_2359_utc_is_accepted_and_mapped_to_second_59(string text, string expected)
    {
        var result = Rfc3339.Parse(text);

        Assert.True(result.IsValid, result.Reason);
        Assert.True(result.IsLeapSecond);
        Assert.Equal(expected, result.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2025-11-22T14:00:00Z")]
    [InlineData("2025-11-22T14:00:00+09:00")]
    [InlineData("2025-11-22T14:00:00-05:30")]
    [InlineData("2025-11-22T14:00:00.25Z")]
    [InlineData("2025-11-22T14:00:00.1234567+01:00")]
    public void Format_round_trips_canonical_text(string text)
    {
        Assert.Equal(text, Rfc3339.Format(Rfc3339.Parse(text).Value));
    }

    [Fact]
    public void TryParse_returns_the_instant()
    {
        Assert.True(Rfc3339.TryParse("2025-11-22T14:00:00+09:00", out var value));
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 5, 0, 0, TimeSpan.Zero), value.ToUniversalTime());
    }
}
