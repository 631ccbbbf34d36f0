using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace ExecPlan.Configuration;

/// <summary>Where a YAML syntax error really is, for the errors whose YamlDotNet mark points elsewhere (1-based, in the YAML text).</summary>
/// <param name="Line">The line of the offending character.</param>
/// <param name="Column">Its column, counted in characters.</param>
/// <param name="Reason">What is wrong, when the exception does not say it (YamlDotNet fails on some input with a bare InvalidOperationException).</param>
internal readonly record struct YamlErrorPosition(int Line, int Column, string? Reason)
{
    /// <summary>The offending character of <paramref name="exception"/> in <paramref name="yaml"/>, or null when its own mark is the best there is.</summary>
    /// <remarks>
    /// Two cases are mended. A tab in indentation: YamlDotNet marks the start of the enclosing mapping or scalar; the tab itself is
    /// reported. An unclosed `[` or `{`: YamlDotNet marks the end of the input (or has no mark at all); the innermost bracket still
    /// open is reported, because the end of the input (in front matter, the closing `---`) says nothing about which bracket to close.
    /// </remarks>
    public static YamlErrorPosition? Find(string yaml, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is YamlException tabError && tabError.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return IndentingTab(yaml, (int)Math.Max(1, tabError.Start.Line));
        }

        var aboutFlow = exception is not YamlException || exception.Message.Contains("flow", StringComparison.OrdinalIgnoreCase);
        return aboutFlow ? UnclosedBracket(yaml) : null;
    }

    // The first tab in the indentation of a line with content, at or after the line where YamlDotNet's mark points.
    private static YamlErrorPosition? IndentingTab(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        for (var i = fromLine - 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0 && line.AsSpan(indent).TrimEnd('\r').Length > 0)
            {
                return new YamlErrorPosition(i + 1, tab + 1, null);
            }
        }

        return null;
    }

    // Tokens up to the point the scanner gives up; the brackets opened and not closed by then.
    private static YamlErrorPosition? UnclosedBracket(string yaml)
    {
        var open = new Stack<(Mark Start, char Bracket)>();
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        // A scanner past an error can keep returning tokens without reading on: a text yields no more tokens than a few per
        // character, so the loop stops there whatever the scanner does.
        var budget = (4L * yaml.Length) + 64;
        try
        {
            while (--budget >= 0 && scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart start:
                        open.Push((start.Start, '['));
                        break;
                    case FlowMappingStart start:
                        open.Push((start.Start, '{'));
                        break;
                    case FlowSequenceEnd or FlowMappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                    default:
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Where the scanner stops is where the brackets still open are counted.
        }

        if (open.Count == 0)
        {
            return null;
        }

        var (mark, bracket) = open.Peek();
        return new YamlErrorPosition((int)mark.Line, (int)mark.Column, $"'{bracket}' is never closed with '{(bracket == '[' ? ']' : '}')}'");
    }
}
