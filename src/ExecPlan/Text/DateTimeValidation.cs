using System.Globalization;

namespace ExecPlan.Text;

/// <summary>Turns a <see cref="DateTimeShape"/> into a real instant, or names the field that makes it impossible.</summary>
internal static class DateTimeValidation
{
    private const long TicksPerMinute = TimeSpan.TicksPerMinute;

    /// <summary>Checks the calendar date alone.</summary>
    public static (TimestampFault Fault, string? Reason) CheckDate(int year, int month, int day)
    {
        if (year < 1)
        {
            return (TimestampFault.YearOutOfRange, "year 0000 cannot be represented");
        }

        if (month is < 1 or > 12)
        {
            return (TimestampFault.MonthOutOfRange, Format("month {0:00} is not 01-12", month));
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return (TimestampFault.DayOutOfRange, Format("day {0:00} does not exist: {1} {2:0000} has {3} days", day, monthName, year, days));
        }

        return (TimestampFault.None, null);
    }

    /// <summary>Resolves a shape with a time into an instant; a missing zone is taken as UTC so the fields can be range-checked.</summary>
    public static Rfc3339Result Resolve(in DateTimeShape shape, ReadOnlySpan<char> fraction)
    {
        var (fault, reason) = CheckDate(shape.Year, shape.Month, shape.Day);
        if (fault != TimestampFault.None)
        {
            return Rfc3339Result.Failure(fault, reason!);
        }

        if (shape.Hour > 23)
        {
            return Rfc3339Result.Failure(TimestampFault.HourOutOfRange, Format("hour {0:00} is not 00-23", shape.Hour));
        }

        if (shape.Minute > 59)
        {
            return Rfc3339Result.Failure(TimestampFault.MinuteOutOfRange, Format("minute {0:00} is not 00-59", shape.Minute));
        }

        var offsetMinutes = shape.OffsetSign * ((shape.OffsetHour * 60) + shape.OffsetMinute);
        if (shape.OffsetMinute > 59 || Math.Abs(offsetMinutes) > 14 * 60)
        {
            return Rfc3339Result.Failure(TimestampFault.OffsetOutOfRange, "the zone offset is outside -14:00..+14:00");
        }

        if (shape.Second > 60)
        {
            return Rfc3339Result.Failure(TimestampFault.SecondOutOfRange, Format("second {0:00} is not 00-59", shape.Second));
        }

        var localTicks = new DateTime(shape.Year, shape.Month, shape.Day).Ticks +
            (((shape.Hour * 60L) + shape.Minute) * TicksPerMinute) +
            (Math.Min(shape.Second, 59) * TimeSpan.TicksPerSecond) + FractionTicks(fraction);
        var utcTicks = localTicks - (offsetMinutes * TicksPerMinute);
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return Rfc3339Result.Failure(TimestampFault.YearOutOfRange, "the instant falls outside years 0001-9999 UTC");
        }

        var leap = shape.Second == 60;
        if (leap && (utcTicks / TicksPerMinute % (24 * 60)) != (23 * 60) + 59)
        {
            return Rfc3339Result.Failure(TimestampFault.SecondOutOfRange, "second 60 is a leap second, which exists only at 23:59 UTC");
        }

        var value = new DateTimeOffset(localTicks, TimeSpan.FromMinutes(offsetMinutes));
        return new Rfc3339Result(value, TimestampFault.None, null, leap);
    }

    /// <summary>Sub-second digits as 100 ns ticks; digits past the seventh are dropped (truncated, not rounded).</summary>
    private static long FractionTicks(ReadOnlySpan<char> digits)
    {
        long ticks = 0;
        for (var i = 0; i < 7; i++)
        {
            ticks = (ticks * 10) + (i < digits.Length ? digits[i] - '0' : 0);
        }

        return ticks;
    }

    private static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
