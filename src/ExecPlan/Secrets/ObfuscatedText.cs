using System.Buffers;
using System.Globalization;

namespace ExecPlan.Secrets;

/// <summary>
/// The text with its encodings undone, so a secret written in pieces is still found: HTML character references
/// (<c>&amp;#51;</c>, <c>&amp;#x5F;</c>, <c>&amp;amp;</c>), percent-encoding (<c>%5F</c>), the escapes of a double-quoted
/// YAML or JSON string (<c>\x33</c>, <c>\u0033</c>, a backslash line continuation) and a backtick inside a word
/// (<c>ghp_ab`cd</c>). Each decoded character knows where it came from, so a match maps back to the original text.
/// </summary>
internal sealed class ObfuscatedText
{
    // origin[i]: where decoded character i starts in the original; origin[Text.Length]: the original's length. Sized for the
    // original (a decoded text is never longer), so entries past Text.Length are unused.
    private readonly int[] origin;

    private ObfuscatedText(string text, int[] origin)
    {
        Text = text;
        this.origin = origin;
    }

    /// <summary>The decoded text.</summary>
    public string Text { get; }

    /// <summary>The decoded view of <paramref name="text"/>, or null when nothing in it is encoded.</summary>
    public static ObfuscatedText? Decode(string text)
    {
        // Nothing is built until a marker that decodes: most plans have `&`, `%` or a backslash that is only itself.
        var first = FirstDecoded(text);
        if (first < 0)
        {
            return null;
        }

        // Decoding never lengthens the text: the decoded characters go to a pooled buffer of the original's length, and each
        // one's origin to an array that is kept as it is.
        var decoded = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var origin = new int[text.Length + 1];
            var count = 0;
            var i = 0;
            while (i < text.Length)
            {
                // The run up to the next marker is copied whole: each of its characters is where it was.
                var next = i < first ? first : text.AsSpan(i).IndexOfAny(Markers) is var at and >= 0 ? i + at : text.Length;
                text.AsSpan(i, next - i).CopyTo(decoded.AsSpan(count));
                for (; i < next; i++)
                {
                    origin[count++] = i;
                }

                if (i == text.Length)
                {
                    break;
                }

                var (value, length) = DecodeAt(text, i);
                if (length == 0)
                {
                    decoded[count] = text[i];
                    origin[count++] = i++;
                    continue;
                }

                value.AsSpan().CopyTo(decoded.AsSpan(count));
                foreach (var _ in value)
                {
                    origin[count++] = i;
                }

                i += length;
            }

            origin[count] = text.Length;
            return new ObfuscatedText(new string(decoded, 0, count), origin);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(decoded);
        }
    }

    // The offset of the first marker that decodes to something else, or -1.
    private static int FirstDecoded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var at = text.AsSpan(i).IndexOfAny(Markers);
            if (at < 0)
            {
                return -1;
            }

            i += at;
            if (DecodeAt(text, i).Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The original range of decoded characters <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public (int Offset, int Length) Original(int start, int end) => (origin[start], origin[end] - origin[start]);

    private static readonly System.Buffers.SearchValues<char> Markers = System.Buffers.SearchValues.Create("&%\\`");

    // What stands at `i` decoded, and how many original characters it takes (0: nothing to decode there).
    private static (string Value, int Length) DecodeAt(string text, int i)
    {
        var rest = text.AsSpan(i);
        switch (rest[0])
        {
            case '&':
                return CharacterReference(rest);
            case '%' when rest.Length >= 3 && Hex(rest.Slice(1, 2)) is { } code and < 0x80:
                return (((char)code).ToString(), 3);
            case '\\':
                return Escape(rest);
            case '`' when i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1]):
                return (string.Empty, 1);
            default:
                return (string.Empty, 0);
        }
    }

    private static (string, int) CharacterReference(ReadOnlySpan<char> rest)
    {
        var end = rest[..Math.Min(rest.Length, 12)].IndexOf(';');
        if (end < 2)
        {
            return (string.Empty, 0);
        }

        var name = rest[1..end];
        int? code = name[0] != '#' ? null
            : name.Length > 1 && (name[1] is 'x' or 'X') ? Hex(name[2..])
            : int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
        var value = code is not null ? Scalar(code) : name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "lowbar" => "_",
            "period" => ".",
            "colon" => ":",
            "sol" => "/",
            "equals" => "=",
            _ => null,
        };
        return value is null ? (string.Empty, 0) : (value, end + 1);
    }

    private static (string, int) Escape(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 2)
        {
            return (string.Empty, 0);
        }

        switch (rest[1])
        {
            case 'x' when rest.Length >= 4 && Scalar(Hex(rest.Slice(2, 2))) is { } x:
                return (x, 4);
            case 'u' when rest.Length >= 6 && Scalar(Hex(rest.Slice(2, 4))) is { } u:
                return (u, 6);
            case 'U' when rest.Length >= 10 && Scalar(Hex(rest.Slice(2, 8))) is { } big:
                return (big, 10);
            case '/' or '\\' or '"' or '_' or ' ' or '\t':
                // YAML's one-character escapes of printable characters (a key written `AbC\/dEf`).
                return (rest[1].ToString(), 2);
            case '\n' or '\r':
                // A line continuation of a double-quoted string: the break and the next line's indentation vanish.
                var length = rest[1] == '\r' && rest.Length > 2 && rest[2] == '\n' ? 3 : 2;
                while (length < rest.Length && rest[length] is ' ' or '\t')
                {
                    length++;
                }

                return (string.Empty, length);
            default:
                return (string.Empty, 0);
        }
    }

    private static string? Scalar(int? code) =>
        code is { } c and > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(c) : null;

    private static int? Hex(ReadOnlySpan<char> digits) =>
        digits.Length is > 0 and <= 8 && int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
