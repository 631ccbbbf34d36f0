using System.Text.RegularExpressions;
using ExecPlan.Fixes;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Text;

namespace ExecPlan.Rules.Timestamps;

/// <summary>Date-times in prose, list items and field values (outside code and front matter) are RFC 3339, real and not in the future.</summary>
[ImplementsRule(RuleIds.AmbiguousTimestamp)]
[ImplementsRule(RuleIds.ImpossibleTimestamp)]
[ImplementsRule(RuleIds.FutureTimestamp)]
internal sealed partial class TimestampRule : PlanRule
{
    private const int MaxReportsPerRule = 200;

    // What a time in a named zone becomes: its offset written out (New York in November).
    private const string ZoneNameExample = "2025-11-22T09:00:00-05:00";

    // The same in a format that takes a zoned time to the minute (the cookbook's stamp), and a time with no zone written so.
    private const string ZoneNameMinutesExample = "2025-11-22 09:00:00-05:00";
    private const string ZonedMinutesExample = "2025-11-22 14:00Z";

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        var future = context.Clock.GetUtcNow().AddDays(1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var zonedMinutes = context.Schema.Timestamps == TimestampForm.ZonedMinutes;
        var form = zonedMinutes ? $"a timestamp the {context.Schema.Key} format takes" : "an RFC 3339 timestamp";

        foreach (var token in context.Timestamps)
        {
            var start = token.Offset;
            var value = document.Text.Substring(start, token.Length);
            var span = document.SpanOf(start, start + token.Length);
            switch (token.Kind)
            {
                case TimestampKind.Ambiguous when Count(counts, RuleIds.AmbiguousTimestamp):
                    // Say what is wrong, and the exact text to write when the token gives its zone (then nothing is guessed). A
                    // format that takes zoned minutes (the cookbook's stamp) is told only of the zone, in its own spelling.
                    var fix = token.Suggestion is not null ? $"write {token.Suggestion}"
                        : token.Ambiguity.HasFlag(TimestampAmbiguity.MissingZone) && PlainDateTime().IsMatch(value) && NegativeOffsetAfter(document.Text, token.End, value) is { } offset
                            ? $"if '{offset.Trim()}' after it is its UTC offset, write {WithSeconds(value, zonedMinutes)}{offset.Trim()} (without seconds it reads as the end of a range of times)"
                        : token.Ambiguity.HasFlag(TimestampAmbiguity.ZoneName) ? (zonedMinutes ? $"write the zone's UTC offset on that date instead, as in {ZoneNameMinutesExample}" : $"write it with a T, seconds and the zone's UTC offset on that date, as in {ZoneNameExample}")
                        : zonedMinutes ? $"write its zone after it, as in {ZonedMinutesExample}"
                        : $"write it with a T, seconds and its zone, as in {TemplateTokens.Timestamp}";
                    var write = token.Suggestion is null ? null : ReplacementFix.Of(document, start, token.End, token.Suggestion, $"Write '{token.Suggestion}'");
                    context.Report(RuleCatalog.AmbiguousTimestamp, RuleCatalog.AmbiguousTimestamp.DefaultSeverity, span, write, value, form, Problem(token.Ambiguity), fix);
                    break;
                case TimestampKind.Impossible when Count(counts, RuleIds.ImpossibleTimestamp):
                    context.Report(RuleCatalog.ImpossibleTimestamp, span, value, token.Reason ?? "no such date or time");
                    break;
                case TimestampKind.Valid when token.Instant > future && Count(counts, RuleIds.FutureTimestamp):
                    context.Report(RuleCatalog.FutureTimestamp, span, value);
                    break;
            }
        }
    }

    // `-05:00` (or ` -05:00`) right after a time without seconds: an offset, or the end of a range; the reader takes it as neither,
    // so the message says what to write if it is the offset. Only an offset some zone west of UTC has (whole hours to -12:00,
    // -09:30, -03:30, -02:30), and only when it is not later than the time itself: `09:00-10:00` is a range. Null otherwise.
    private static string? NegativeOffsetAfter(string text, int end, string value)
    {
        var at = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (at + 6 > text.Length || text[at] != '-' || text[at + 3] != ':'
            || !char.IsAsciiDigit(text[at + 1]) || !char.IsAsciiDigit(text[at + 2]) || !char.IsAsciiDigit(text[at + 4]) || !char.IsAsciiDigit(text[at + 5])
            || (at + 6 < text.Length && (char.IsAsciiDigit(text[at + 6]) || text[at + 6] == ':')))
        {
            return null;
        }

        var hours = ((text[at + 1] - '0') * 10) + (text[at + 2] - '0');
        var minutes = ((text[at + 4] - '0') * 10) + (text[at + 5] - '0');
        var exists = (minutes == 0 && hours is >= 1 and <= 12) || (minutes == 30 && hours is 9 or 3 or 2);
        var time = (((value[11] - '0') * 10) + (value[12] - '0')) * 60 + ((value[14] - '0') * 10) + (value[15] - '0');
        return exists && (hours * 60) + minutes <= time ? text[end..(at + 6)] : null;
    }

    // A time to the minute with seconds, in the format's spelling: `2025-11-22 14:00` is `2025-11-22 14:00:00` in the cookbook
    // format and `2025-11-22T14:00:00` in the ExecPlan format.
    private static string WithSeconds(string value, bool zonedMinutes)
    {
        var spelled = value.Length == 16 ? value + ":00" : value;
        return zonedMinutes && spelled[10] == ' ' ? spelled : string.Concat(spelled.AsSpan(0, 10), "T", spelled.AsSpan(11));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainDateTime();

    private static string Problem(TimestampAmbiguity ambiguity)
    {
        var parts = new List<string>(4);
        if (ambiguity.HasFlag(TimestampAmbiguity.MissingZone))
        {
            parts.Add("no zone");
        }

        if (ambiguity.HasFlag(TimestampAmbiguity.NonRfcZone))
        {
            parts.Add("a zone RFC 3339 does not allow");
        }

        if (ambiguity.HasFlag(TimestampAmbiguity.ZoneName))
        {
            parts.Add("a zone name instead of its UTC offset");
        }

        if (ambiguity.HasFlag(TimestampAmbiguity.MissingT))
        {
            parts.Add("a space instead of the T");
        }

        if (ambiguity.HasFlag(TimestampAmbiguity.MissingSeconds))
        {
            parts.Add("no seconds");
        }

        return parts.Count == 0 ? "a spelling RFC 3339 does not allow" : string.Join(", ", parts);
    }

    // Caps the findings per rule so that a pasted log cannot flood the build output.
    private static bool Count(Dictionary<string, int> counts, string id)
    {
        counts[id] = counts.GetValueOrDefault(id) + 1;
        return counts[id] <= MaxReportsPerRule;
    }
}
