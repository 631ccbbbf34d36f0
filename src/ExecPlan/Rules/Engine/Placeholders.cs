using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ExecPlan.Model;

namespace ExecPlan.Rules.Engine;

/// <summary>Finds template placeholders (`&lt;...&gt;`, `&lt;stable-id&gt;`, `&lt;Task Name&gt;`) outside code; HTML tags, autolinks, generics and `&lt;REDACTED&gt;` are not placeholders.</summary>
internal static partial class Placeholders
{
    private const string Redacted = "REDACTED";

    private static readonly FrozenSet<string> HtmlTags = FrozenSet.ToFrozenSet(
        [
            "a", "abbr", "b", "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt",
            "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
            "picture", "pre", "q", "s", "samp", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
            "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr", "section", "article", "nav", "header", "footer", "main", "aside",
        ],
        StringComparer.Ordinal); // HTML is written in lower case; `<A>` and `<B>` are template placeholders.

    /// <summary>Whether a short value (a field value) holds a placeholder.</summary>
    public static bool IsPlaceholder(string value)
    {
        foreach (var match in Candidate().EnumerateMatches(value))
        {
            if (IsPlaceholderToken(value.AsSpan(match.Index, match.Length)))
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
        while (index < range.End)
        {
            var open = text.IndexOf('<', index, range.End - index);
            if (open < 0)
            {
                yield break;
            }

            index = open + 1;
            var match = Candidate().Match(text, open, Math.Min(range.End, open + 256) - open);
            if (!match.Success || match.Index != open || document.Code.Contains(open) || (open > 0 && char.IsLetterOrDigit(text[open - 1])))
            {
                continue;
            }

            if (IsPlaceholderToken(text.AsSpan(open, match.Length)))
            {
                index = open + match.Length;
                yield return new TextRange(open, open + match.Length);
            }
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
        return !HtmlTags.Contains(name.ToString());
    }

    [GeneratedRegex(@"<[^<>\r\n]{1,250}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Candidate();
}
