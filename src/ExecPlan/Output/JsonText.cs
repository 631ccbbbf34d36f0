using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ExecPlan.Output;

/// <summary>Shared settings for the JSON reports: indented, readable escaping, and text made safe to encode.</summary>
internal static class JsonText
{
    /// <summary>Indented output that keeps non-ASCII text readable; control characters and quotes are still escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Hands the writer's pending bytes to its stream once they pass 64 KB: a writer over a stream otherwise holds the whole report.</summary>
    public static void FlushWhenFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 64 * 1024)
        {
            writer.Flush();
        }
    }

    /// <summary>Replaces unpaired surrogates with U+FFFD, since the writer refuses invalid UTF-16.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes a string property, cleaned, or null.</summary>
    public static void WriteText(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, Clean(value));
        }
    }
}
