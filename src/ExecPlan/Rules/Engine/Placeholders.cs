using System.Collections.Frozen;
using System.Buffers;
using ExecPlan.Model;

namespace ExecPlan.Rules.Engine;

/// <summary>Finds template placeholders (`&lt;...&gt;`, `&lt;stable-id&gt;`, `&lt;Task Name&gt;`) outside code; HTML tags, autolinks, generics and `&lt;REDACTED&gt;` are not placeholders.</summary>
internal static class Placeholders
{
    private const string Redacted = "REDACTED";
    private const int MaxInnerLength = 250;

    private static readonly SearchValues<char> CandidateStops = SearchValues.Create("<>\r\n");

    private static readonly FrozenSet<string> HtmlTags = FrozenSet.ToFrozenSet(
        [
            "a", "abbr", "b", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt",
            "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
            "picture", "pre", "q", "s", "samp", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
            "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr", "section", "article", "nav", "header", "footer", "main", "aside",
        ],
        StringComparer.Ordinal); // HTML is written in lower case; `<A>` and `<B>` are template placeholders.

    private static readonly string[][] HtmlTagsByLength = [.. Enumerable.Range(0, HtmlTags.Max(t => t.Length) + 1).Select(length => HtmlTags.Where(t => t.Length == length).ToArray())];

    /// <summary>Whether a short value (a field value) holds a placeholder.</summary>
    public static bool IsPlaceholder(string value)
    {
        for (var open = value.IndexOf('<'); open >= 0; open = value.IndexOf('<', open + 1))
        {
            if (CandidateLength(value.AsSpan(open)) is var length and > 0 && IsPlaceholderToken(value.AsSpan(open, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The placeholders of the range, outside code, as (offset, length) pairs.</summary>
    public static IEnumerable<TextRange> In(PlanDocument document, TextRange range)
    {
        var text = document.Text;
        var index = range.Start;
        var url = new UrlWord(text, range.Start);
        var command = new CommandLine(text);
        while (index < range.End)
        {
            var open = text.IndexOf('<', index, range.End - index);
            if (open < 0)
            {
                yield break;
            }

            index = open + 1;
            var length = CandidateLength(text.AsSpan(open, range.End - open));
            if (length == 0 || document.Code.Contains(open) || (open > 0 && char.IsLetterOrDigit(text[open - 1])) || url.Before(open)
                || IsParameter(text, open, open + length) || command.Holds(open))
            {
                continue;
            }

            if (IsPlaceholderToken(text.AsSpan(open, length)))
            {
                index = open + length;
                yield return new TextRange(open, open + length);
            }
        }
    }

    // A parameter of a path, a query, an option or a command rather than text to write: `items/<id>`, `?offset=<update_id>`,
    // `<yyyy-mm-dd>-<slug>.md`, `host:<port>`, `--box <box>`, `-n <name>`, or anywhere on a `$ ` command line.
    private static bool IsParameter(string text, int open, int end)
    {
        if (open > 0 && (text[open - 1] is '/' or '=' or '?' or '&' or ':'
            || (text[open - 1] is '-' or '.' or '_' && open > 1 && !char.IsWhiteSpace(text[open - 2]))))
        {
            return true;
        }

        if (end < text.Length && (text[end] is '/' or '=' or '?' or '&'
            || (text[end] is '-' or '.' or '_' && end + 1 < text.Length && (char.IsLetterOrDigit(text[end + 1]) || text[end + 1] == '<'))))
        {
            return true;
        }

        // The word before, across blanks: an option (`--box`, `-n`), not a bullet's `-`. Only read after a blank, so each word is
        // read once however many `<` follow it (a line of a million `<a>` is not read back a million times).
        var wordEnd = open;
        while (wordEnd > 0 && text[wordEnd - 1] is ' ' or '\t')
        {
            wordEnd--;
        }

        if (wordEnd < open && wordEnd >= 2 && IsOption(text, wordEnd))
        {
            return true;
        }

        return false;
    }

    // Whether a `<` stands on a command line: `$ ` after the indentation, a quote mark or a list marker. Each line is read once,
    // when its first `<` is looked at; the answer holds for the rest of it.
    private struct CommandLine(string text)
    {
        private int _lineEnd = -1; // where the line of the last answer ends
        private bool _isCommand;

        public bool Holds(int open)
        {
            if (open >= _lineEnd)
            {
                var lineStart = text.LastIndexOfAny(LineBreaks, Math.Max(open - 1, 0), Math.Min(open, MaxCommandPrefix)) + 1;
                var lineEnd = text.IndexOfAny(LineBreaks, open);
                _lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                _isCommand = (lineStart > 0 || open <= MaxCommandPrefix) && IsCommand(text.AsSpan(lineStart, open - lineStart));
            }

            return _isCommand;
        }

        private static bool IsCommand(ReadOnlySpan<char> line)
        {
            line = line.TrimStart(" \t>");
            if (line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
            {
                line = line[2..].TrimStart(" \t");
            }

            return line.StartsWith("$ ", StringComparison.Ordinal);
        }
    }

    private static readonly char[] LineBreaks = ['\r', '\n'];

    // How far back a `$ ` that makes a command line is looked for.
    private const int MaxCommandPrefix = 512;

    // `--box`, `-n` ends at `end` and starts after a blank or the text's start.
    private static bool IsOption(string text, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && end - start < 64)
        {
            start--;
        }

        var word = text.AsSpan(start, end - start);
        return (start == 0 || char.IsWhiteSpace(text[start - 1]))
            && word.Length >= 2 && word[0] == '-'
            && (char.IsAsciiLetter(word[1]) || (word[1] == '-' && word.Length > 2 && char.IsAsciiLetter(word[2])));
    }

    // `https://api.example.com/items/<id>`: a parameter of the URL it stands in, not a template placeholder. Only the word
    // before a `<` is read, back to a blank or to the previous `<` (whose answer carries over), so the text is read once at
    // most however many `<` a line has, and not at all where a `<` follows a blank.
    private struct UrlWord(string text, int from)
    {
        private int _previous = from; // the previous `<` looked at, or where the range starts
        private bool _hasScheme;      // whether the word that ran up to it held `://`

        public bool Before(int open)
        {
            var hasScheme = false;
            var at = open - 1;
            for (; at >= _previous; at--)
            {
                var c = text[at];
                if (char.IsWhiteSpace(c) || c is '(' or '[' or '"' or '\'')
                {
                    break;
                }

                hasScheme |= c == ':' && at + 2 < open && text[at + 1] == '/' && text[at + 2] == '/';
            }

            _hasScheme = hasScheme || (at < _previous && _hasScheme);
            _previous = open;
            return _hasScheme;
        }
    }

    /// <summary>Whether the range holds placeholders and nothing else but white space and punctuation (a template body not yet written).</summary>
    public static bool OnlyPlaceholders(PlanDocument document, TextRange range)
    {
        var rest = new System.Text.StringBuilder();
        var position = range.Start;
        var found = false;
        foreach (var placeholder in In(document, range))
        {
            rest.Append(document.Text, position, placeholder.Start - position);
            position = placeholder.End;
            found = true;
        }

        rest.Append(document.Text, position, range.End - position);
        return found && rest.ToString().All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c));
    }

    /// <summary>Whether the range holds any placeholder outside code.</summary>
    public static bool Any(PlanDocument document, TextRange range) => In(document, range).Any();

    // Without a string per candidate: a plan of a million tags looks a million names up.
    private static bool IsHtmlTag(ReadOnlySpan<char> name)
    {
        if (name.Length >= HtmlTagsByLength.Length)
        {
            return false;
        }

        foreach (var tag in HtmlTagsByLength[name.Length])
        {
            if (name.SequenceEqual(tag))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceholderToken(ReadOnlySpan<char> token)
    {
        var inner = token[1..^1];
        if (inner.IsEmpty || inner.SequenceEqual(Redacted) || inner[0] == '!' || inner[0] == '/' || char.IsWhiteSpace(inner[0]) || char.IsWhiteSpace(inner[^1]))
        {
            return false;
        }

        if (inner.StartsWith("...", StringComparison.Ordinal))
        {
            return true;
        }

        if (!char.IsLetter(inner[0]))
        {
            return false;
        }

        // An autolink (<https://...>, <mailto:...>) or an email address.
        var colon = inner.IndexOf(':');
        if ((colon > 0 && !inner[..colon].ContainsAny(' ', '/') && !inner[(colon + 1)..].Contains(' ')) || (inner.Contains('@') && !inner.Contains(' ')))
        {
            return false;
        }

        // A real HTML tag: a known element name, then nothing or attributes.
        var nameEnd = inner.IndexOfAny(' ', '\t', '/');
        var name = nameEnd < 0 ? inner : inner[..nameEnd];
        return !IsHtmlTag(name);
    }

    // The length of `<[^<>\r\n]{1,250}>` at the start of the text, or 0. The search stops at the next '<', so a scan of
    // every '<' of a text costs time linear in its length (a regex tried at each '<' looked 250 characters ahead each time).
    private static int CandidateLength(ReadOnlySpan<char> text)
    {
        var inner = text[1..Math.Min(text.Length, 1 + MaxInnerLength + 1)];
        var stop = inner.IndexOfAny(CandidateStops);
        return stop > 0 && inner[stop] == '>' ? stop + 2 : 0;
    }
}
