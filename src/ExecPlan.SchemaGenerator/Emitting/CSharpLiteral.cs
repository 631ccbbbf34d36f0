using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Writes strings as C# literals: quotes, backslashes and control characters escaped, other text as is.</summary>
internal static class CSharpLiteral
{
    public static string Of(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A multi-line text as one literal per line joined with `+`, so that a snapshot reads like the text.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0 || end == text.Length - 1)
            {
                lines.Add(Of(text.Substring(start)));
                return lines;
            }

            lines.Add(Of(text.Substring(start, end - start + 1)) + " +");
            start = end + 1;
        }
    }

    public static string Bool(bool value) => value ? "true" : "false";
}
