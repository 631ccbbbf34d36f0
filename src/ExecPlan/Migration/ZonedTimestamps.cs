using System.Globalization;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;
using ExecPlan.Text;

namespace ExecPlan.Migration;

/// <summary>
/// Every date-time of the plan's text (outside code and front matter, as EXP0401 reads them) in RFC 3339. A time that names its zone
/// (the cookbook's `2025-10-01 13:00Z`) is written as the rule's own suggestion, the same instant. A time without a zone is local to
/// whoever wrote it: when git says in which offset the file's commits were written (all of them in one), that offset completes it
/// (`2025-10-11 12:00` by an author at +02:00 is `2025-10-11T12:00:00+02:00`, the wall-clock time as written); otherwise its date
/// stays and its time goes into a placeholder that asks for the zone (`2025-10-11 &lt;at 12:00, in which zone?&gt;`, EXP0212):
/// guessing UTC would move the instant by hours without anyone knowing. A time in a named zone (`18:00 America/New_York`) takes
/// that zone's offset on that date from the system's zone database, an abbreviation of one offset (`18:00 CEST`) that offset; an
/// abbreviation of several (`18:00 CST`, or `18:00 CET`, written in summer too), or a name the database does not know, goes into a placeholder that asks for the offset
/// (`2025-10-11 &lt;at 18:00 CST, at which UTC offset?&gt;`).
/// </summary>
internal static class ZonedTimestamps
{
    private static PlanSchema Target => PlanSchemas.ExecPlan;

    /// <summary>The text with its date-times in RFC 3339; <paramref name="offset"/> is the writer's UTC offset, or null when unknown.</summary>
    public static string Rewrite(string path, string text, TimeSpan? offset)
    {
        var document = PlanParser.Parse(path, text, Target);
        var bodyStart = document.FrontMatter is not { } front ? 0 : FixText.NextLineStart(document, document.Lines.LineStart(front.Span.EndLine));
        var edits = new List<TextEdit>();
        foreach (var token in TimestampScanner.Scan(text, bodyStart, text.Length - bodyStart))
        {
            if (token.Kind != TimestampKind.Ambiguous || document.Code.Contains(token.Offset))
            {
                continue;
            }

            var written = text.Substring(token.Offset, token.Length);
            var named = token.Ambiguity.HasFlag(TimestampAmbiguity.ZoneName);

            // A time that names its zone, or may (`10:00 -07:00`, `13:00 (UTC, from CI)`, `13:00 PST/PDT`), is never completed with
            // the writer's offset: the zone it names may be another.
            var zoned = token.Suggestion ?? (token.Instant is { } instant ? PlanMigration.Timestamp(instant)
                : named || ZoneLikeAfter(text, token.End) ? null : WithOffset(written, offset));
            if (zoned is null && written.Length <= 11)
            {
                continue;
            }

            var placeholder = named ? MigrationText.NamedZone(written[11..]) : MigrationText.UnknownZone(written[11..]);
            edits.Add(FixText.Replace(document, token.Offset, token.End, zoned ?? written[..10] + " " + placeholder));
        }

        return edits.Count == 0 ? text : MigrationEdits.Apply(text, edits);
    }

    // What may be a zone right after a time the reader took without one: a sign and a digit (an offset, or a range's end), UTC or
    // GMT in any case, a word of capitals (an abbreviation: EST, NZT), or an IANA area (Europe/...), alone or in parentheses.
    private static bool ZoneLikeAfter(string text, int end)
    {
        var at = end;
        at += at < text.Length && text[at] == ' ' ? 1 : 0;
        at += at < text.Length && text[at] == '(' ? 1 : 0;
        if (at == end || at >= text.Length)
        {
            return end < text.Length && text[end] is '+' or '-' or '\u2212' or '/';
        }

        var rest = text.AsSpan(at);
        if (rest[0] is '+' or '-' or '\u2212' or '\u2013' && rest.Length > 1 && char.IsAsciiDigit(rest[1]))
        {
            return true;
        }

        var word = 0;
        while (word < rest.Length && char.IsAsciiLetter(rest[word]))
        {
            word++;
        }

        var letters = rest[..word];
        return letters.Equals("utc", StringComparison.OrdinalIgnoreCase) || letters.Equals("gmt", StringComparison.OrdinalIgnoreCase)
            || (word is >= 2 and <= 5 && letters.IndexOfAnyExceptInRange('A', 'Z') < 0)
            || (word < rest.Length && rest[word] == '/' && ZoneNames.Length(rest) > 0);
    }

    // A zone-less `2025-10-11 12:00` (or `T12:00:30`) at the offset, in RFC 3339 with that offset (`Z` for UTC); null without an offset.
    private static string? WithOffset(string written, TimeSpan? offset)
    {
        if (offset is not { } zone || written.Length <= 11
            || !DateTime.TryParse(written[..10] + "T" + written[11..], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        var time = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        var seconds = time.ToString(local.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFF", CultureInfo.InvariantCulture);
        return seconds + (zone == TimeSpan.Zero ? "Z" : time.ToString("zzz", CultureInfo.InvariantCulture));
    }
}
