using System.Buffers;
using System.Globalization;
using System.Text;

namespace ExecPlan.Output;

/// <summary>Shows control characters in text bound for a terminal or a build log as visible escapes (`\n`, `\x1B`, `\u202E`).</summary>
/// <remarks>
/// A file name, heading or YAML value is the plan author's text. Printed raw, a newline in it starts a line that MSBuild and
/// CI problem matchers read as a finding of their own (`Fake.cs(9,9): error CS0001: ...`), an ESC starts a terminal escape
/// sequence, and a bidi override reorders what the reader sees. Every plain-text door (canonical lines, the build log, the
/// CLI's own messages quoting a path) passes such text through <see cref="Escape"/>; JSON and SARIF escape it themselves.
/// A backslash is kept as it is: Windows paths are full of them, and an escape is told apart by what follows it.
/// </remarks>
public static class ControlCharacters
{
    // C0 controls (tab, CR and LF among them), DEL, C1 controls, the Unicode line and paragraph separators, and the bidi
    // embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The text with each control character replaced by a visible escape; the same string when there is none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                <= '\u00FF' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }
}
