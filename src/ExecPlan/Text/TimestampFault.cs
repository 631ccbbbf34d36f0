namespace ExecPlan.Text;

/// <summary>Why a date or date-time in RFC 3339 shape is not a real instant.</summary>
public enum TimestampFault
{
    /// <summary>The value is a real date or instant.</summary>
    None,

    /// <summary>The text is not in RFC 3339 date-time shape at all.</summary>
    Malformed,

    /// <summary>The year is 0000 or the instant falls outside 0001-01-01..9999-12-31 UTC.</summary>
    YearOutOfRange,

    /// <summary>The month is not 01-12.</summary>
    MonthOutOfRange,

    /// <summary>The day does not exist in that month (Feb 30, Feb 29 in a common year, day 00).</summary>
    DayOutOfRange,

    /// <summary>The hour is not 00-23.</summary>
    HourOutOfRange,

    /// <summary>The minute is not 00-59.</summary>
    MinuteOutOfRange,

    /// <summary>The second is not 00-59, or 60 anywhere but 23:59 UTC.</summary>
    SecondOutOfRange,

    /// <summary>The zone offset is outside -14:00..+14:00 or its minutes are not 00-59.</summary>
    OffsetOutOfRange,
}
