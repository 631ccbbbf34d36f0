using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExecPlan.Schema;

namespace ExecPlan.Model;

/// <summary>Decides which section of one schema an H2 heading counts as: exact, a near miss, a configured extra, or unknown.</summary>
internal sealed partial class SectionBinder
{
    private const int MaxEdits = 2;

    private readonly PlanSchema _schema;

    // The schema's titles normalized once: every heading that is not an exact match is compared with all of them,
    // and normalizing them per heading was a sixth of the parser's allocations.
    private readonly string[] _extraTitles;
    private readonly string[] _schemaTitles;
    private readonly (string Title, SectionDescriptor Section)[] _aliases;

    public SectionBinder(PlanSchema schema)
    {
        _schema = schema;
        _extraTitles = [.. schema.Extras.Select(e => Normalize(e.Title))];
        _schemaTitles = [.. schema.Sections.Select(s => Normalize(s.Title))];
        _aliases = [.. schema.Data.Aliases.Select(a => (Normalize(a.Title), schema.Sections.Concat(schema.Extras).First(s => s.Key == a.SectionKey)))];
    }

    // Headings repeat across plans (`### Step 1`, `## Progress (live)`): bindings without configured extras are kept, up to a
    // bound, so that each heading text is normalized once per process rather than once per plan.
    private const int MaxCached = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (SectionDescriptor?, SectionMatch)> _cache = new(StringComparer.Ordinal);

    /// <summary>Whether the heading binds by one of its section's aliases (`## Overview` for Purpose), not by the title itself.</summary>
    public bool IsAlias(string heading)
    {
        var normalized = Normalize(heading);
        foreach (var (alias, _) in _aliases)
        {
            if (string.Equals(alias, normalized, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Binds one heading text.</summary>
    public (SectionDescriptor? Descriptor, SectionMatch Match) Bind(string heading, ImmutableArray<string> configuredExtras)
    {
        if (!configuredExtras.IsDefaultOrEmpty)
        {
            return BindUncached(heading, configuredExtras);
        }

        if (_cache.TryGetValue(heading, out var known))
        {
            return known;
        }

        var bound = BindUncached(heading, []);
        if (_cache.Count < MaxCached)
        {
            _cache.TryAdd(heading, bound);
        }

        return bound;
    }

    private (SectionDescriptor? Descriptor, SectionMatch Match) BindUncached(string heading, ImmutableArray<string> configuredExtras)
    {
        if (_schema.Find(heading) is { } exact)
        {
            return (exact, SectionMatch.Exact);
        }

        // The title with markup that is no words of it (`## Progress <!-- live -->`, `## Purpose / Big Picture {#purpose}`) is the
        // title as written: nothing to rename, and a rename would drop the anchor links point to.
        if (WithoutMarkup(heading) is var bare && !ReferenceEquals(bare, heading) && _schema.Find(bare.Trim()) is { } marked)
        {
            return (marked, SectionMatch.Exact);
        }

        var normalized = Normalize(heading);
        for (var i = 0; i < _extraTitles.Length; i++)
        {
            if (string.Equals(_extraTitles[i], normalized, StringComparison.Ordinal))
            {
                return (_schema.Extras[i], SectionMatch.Exact);
            }
        }

        foreach (var configured in configuredExtras)
        {
            if (string.Equals(Normalize(configured), normalized, StringComparison.Ordinal))
            {
                return (null, SectionMatch.Configured);
            }
        }

        if (_schema.Section(SchemaRoles.Milestones) is { } milestones && MilestoneHeading().IsMatch(normalized))
        {
            return (milestones, SectionMatch.Part);
        }

        foreach (var (alias, section) in _aliases)
        {
            if (string.Equals(alias, normalized, StringComparison.Ordinal))
            {
                return (section, SectionMatch.NearMiss);
            }
        }

        for (var i = 0; i < _schemaTitles.Length; i++)
        {
            var title = _schemaTitles[i];
            if (string.Equals(title, normalized, StringComparison.Ordinal) || WithinEdits(title, normalized, MaxEdits))
            {
                return (_schema.Sections[i], SectionMatch.NearMiss);
            }
        }

        // A heading in another script with the section's own title in its note, as plans written in Chinese or Japanese keep
        // them: `## 现状与定位（Context and Orientation）`.
        if (TrailingNote(heading) is { } note && BindUncached(note, configuredExtras) is ({ } noted, SectionMatch.Exact or SectionMatch.NearMiss))
        {
            return (noted, SectionMatch.NearMiss);
        }

        return (null, SectionMatch.Unknown);
    }

    // Not meaningful differences: case, spacing, "and" for "&", emphasis (`**Progress**`), a leading number (`2. Progress`,
    // `10) Validation`), a trailing colon and one trailing note in parentheses, ASCII or full-width (`(live)`, `(MUST if
    // multi-agent)`, `(Record "why," not just "what")`, `（进行中）`). No title of either format has parentheses or a leading number of its own.
    private static string Normalize(string heading)
    {
        var text = WithoutSymbols(Emphasis().Replace(WithoutMarkup(heading), string.Empty));
        text = WithoutSymbols(Numbering().Replace(text, string.Empty)).TrimEnd(':').Trim();
        text = WithoutTrailingNote(text).TrimEnd(':').Trim();
        text = text.ToLowerInvariant().Replace(" and ", " & ", StringComparison.Ordinal);
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // `milestone 2: api endpoint`, `milestone m1 - ...`, `milestone one`; a phase or stage by number (`phase 0.5: economic
    // simulator`, `phase 2 rollout`), or by letter, roman numeral or number word before a colon, dash or the end (`stage ii -
    // rollout`, `phase a:`), not by a word (`phase out the old api`, `stage a canary`, `stage environment`)
    // (normalized: lower case, no leading number).
    [GeneratedRegex(@"^(?:(?:milestone\s+[a-z0-9][a-z0-9.]*|(?:phase|stage)\s+[0-9][0-9.]*)(?:\s*[:.)-]|\s|$)|(?:phase|stage)\s+(?:[a-z]|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*[:.)-]|$))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MilestoneHeading();

    [GeneratedRegex(@"[*`]+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})*[.):]?\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numbering();

    // The heading without what is no words of it: HTML comments and tags (`<!-- live -->`, `<a id="d"></a>`) and a trailing
    // attribute block (`{#progress}`, `{.unnumbered}`). By hand, in one pass: each `<` or `{` is looked at once.
    private static string WithoutMarkup(string heading)
    {
        if (heading.AsSpan().IndexOfAny('<', '{') < 0)
        {
            return heading;
        }

        var text = new StringBuilder(heading.Length);
        var i = 0;
        while (i < heading.Length)
        {
            var c = heading[i];
            var end = -1;
            if (c == '<' && heading.AsSpan(i).StartsWith("<!--"))
            {
                end = heading.IndexOf("-->", i + 4, StringComparison.Ordinal) is var close and >= 0 ? close + 3 : -1;
            }
            else if (c == '<' && i + 1 < heading.Length && (char.IsAsciiLetter(heading[i + 1]) || heading[i + 1] == '/'))
            {
                end = heading.IndexOf('>', i + 1) is var close and >= 0 ? close + 1 : -1;
            }
            else if (c == '{' && i + 1 < heading.Length && heading[i + 1] is '#' or '.' or ':'
                && heading.IndexOf('}', i + 1) is var close and >= 0 && heading.AsSpan(close + 1).IsWhiteSpace())
            {
                end = heading.Length;
            }

            if (end < 0)
            {
                text.Append(c);
                i++;
            }
            else
            {
                text.Append(' ');
                i = end;
            }
        }

        return text.ToString();
    }

    // The heading without the pictographs around its words (`🎯 Purpose`, `📋 Progress ✅`, `1️⃣ Goal`): symbols, with their
    // variation selectors, joiners, skin tones and keycaps, and the spaces beside them. Symbols inside the words stay.
    private static string WithoutSymbols(string text)
    {
        var span = text.AsSpan().Trim();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var length) == System.Buffers.OperationStatus.Done && IsDecoration(rune))
            {
                span = span[length..].TrimStart();
            }
            else if (Keycap(span) is var keycap and > 0)
            {
                span = span[keycap..].TrimStart();
            }
            else
            {
                break;
            }
        }

        while (!span.IsEmpty && Rune.DecodeLastFromUtf16(span, out var rune, out var length) == System.Buffers.OperationStatus.Done && IsDecoration(rune))
        {
            span = span[..^length].TrimEnd();
        }

        return span.Length == text.Length ? text : span.ToString();
    }

    // The length of a keycap at the start (`1️⃣`: a digit, `#` or `*`, a variation selector or not, and U+20E3), else 0.
    private static int Keycap(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !(char.IsAsciiDigit(text[0]) || text[0] is '#' or '*'))
        {
            return 0;
        }

        var next = text[1] == '\uFE0F' ? 2 : 1;
        return next < text.Length && text[next] == '\u20E3' ? next + 1 : 0;
    }

    private static bool IsDecoration(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    // By hand, not a regular expression: a pattern for "( ... ) at the end" retries from every space of a long heading.
    private static string WithoutTrailingNote(string text) => NoteStart(text) is var open and >= 0 ? text[..open].TrimEnd() : text;

    // The text of the note in parentheses (ASCII or full-width) that ends a heading written in another script, else null: the
    // heading's own words then say nothing the schema can read, the note says which section it is. A note after English words
    // is a note on another section (`## Deployment (Validation and Acceptance)`), not its title.
    private static string? TrailingNote(string heading)
    {
        var text = heading.Trim();
        return NoteStart(text) is var open and > 0 && text[..open].Trim() is { Length: > 0 } before && !before.Any(char.IsAsciiLetter)
            ? text[(open + 1)..^1].Trim()
            : null;
    }

    // Where the one note in parentheses that ends the text opens, or -1: `(live)`, `（Context and Orientation）`.
    private static int NoteStart(string text)
    {
        var (opening, closing) = text.EndsWith(')') ? ('(', ')') : text.EndsWith('）') ? ('（', '）') : ('\0', '\0');
        var open = opening == '\0' ? -1 : text.LastIndexOf(opening);
        return open < 0 || text.AsSpan(open + 1, text.Length - open - 2).IndexOf(closing) >= 0 ? -1 : open;
    }

    // Banded Levenshtein: only cells within `max` of the diagonal are computed; the rest stay "too far".
    private static bool WithinEdits(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length < 6 || b.Length > 80)
        {
            return false;
        }

        var far = max + 1;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = Math.Min(j, far);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current.Fill(far);
            current[0] = Math.Min(i, far);
            var rowMin = current[0];
            for (var j = Math.Max(1, i - max); j <= Math.Min(b.Length, i + max); j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(previous[j - 1] + cost, Math.Min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.Min(value, far);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return false;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= max;
    }
}
