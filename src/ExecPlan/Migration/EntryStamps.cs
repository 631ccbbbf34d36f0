using System.Text.RegularExpressions;
using ExecPlan.Text;

namespace ExecPlan.Migration;

/// <summary>
/// Finds the instant an entry's text gives (the cookbook's `(2025-10-01 13:00Z)`, a date alone at midnight UTC) and takes it out of the text;
/// an entry that gives none gets the file's last commit, the last time it was known to stand as written.
/// </summary>
/// <param name="Fallback">The time of the file's last commit (its modification time without git).</param>
/// <param name="Owner">The owner of entries that name none.</param>
internal sealed partial record EntryStamps(DateTimeOffset Fallback, string Owner)
{
    /// <summary>Whether <paramref name="text"/> already starts with an RFC 3339 timestamp.</summary>
    public static bool HasLeadingTimestamp(string text) =>
        TimestampScanner.MatchAt(text, 0) is { Kind: TimestampKind.Valid };

    /// <summary>
    /// The instant the text names and the text without it (a parenthesized stamp goes with its parentheses). Unless
    /// <paramref name="anywhere"/>, only a stamp at the start or in parentheses counts: a date in prose is the prose's.
    /// </summary>
    public (DateTimeOffset Instant, string Text) Take(string text, bool anywhere = false)
    {
        foreach (var token in TimestampScanner.Scan(text))
        {
            var instant = token.Instant ?? (token.Kind == TimestampKind.Date ? DateOnlyInstant(text.Substring(token.Offset, token.Length)) : null);
            if (instant is null)
            {
                continue;
            }

            var (start, end) = (token.Offset, token.End);
            var parenthesized = start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')';
            if (parenthesized)
            {
                (start, end) = (start - 1, end + 1);
            }
            else if (!anywhere && text[..start].Trim('*', ' ').Length > 0)
            {
                continue;
            }

            var rest = Spaces().Replace(text[..start] + " " + text[end..], " ").Trim().Trim('-', ':', '–').Trim();
            return (instant.Value, rest);
        }

        return (Fallback, text);
    }

    private static DateTimeOffset? DateOnlyInstant(string date) =>
        DateTimeOffset.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var day)
            ? day.ToUniversalTime()
            : null;

    [GeneratedRegex(" {2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
