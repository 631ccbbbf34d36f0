using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExecPlan.Model;

/// <summary>Reads the front matter block at the top of a plan with YamlDotNet's event parser: positions kept, aliases never expanded, repeats seen.</summary>
internal static partial class FrontMatterReader
{
    private const int MaxFrontMatterLength = 256 * 1024;

    /// <summary>Finds and reads the block; returns null when the file does not start with `---`, and the offset where Markdown begins.</summary>
    public static FrontMatter? Read(string text, LineMap lines, out int bodyStart)
    {
        bodyStart = 0;
        if (lines.LineCount < 1 || !IsFence(text, lines, 1, allowDots: false))
        {
            return null;
        }

        var close = 0;
        for (var line = 2; line <= lines.LineCount; line++)
        {
            if (IsFence(text, lines, line, allowDots: true))
            {
                close = line;
                break;
            }
        }

        if (close == 0)
        {
            var open = lines.SpanOf(0, lines.LineEnd(1, text));
            return new FrontMatter(open, [], new FrontMatterError("the front matter block opened by '---' on line 1 is never closed", open));
        }

        bodyStart = close < lines.LineCount ? lines.LineStart(close + 1) : text.Length;
        var span = new SourceSpan(1, 1, close, lines.LineEnd(close, text) - lines.LineStart(close) + 1);
        var yamlStart = lines.LineStart(2);
        var yaml = text[yamlStart..lines.LineStart(close)];
        if (yaml.Length > MaxFrontMatterLength)
        {
            return new FrontMatter(span, [], new FrontMatterError($"the front matter is {yaml.Length} characters long, over the limit of {MaxFrontMatterLength}", SourceSpan.At(2, 1)));
        }

        if (YamlFlowDepth.FirstTooDeep(yaml) is var deep and >= 0)
        {
            var (line, column) = lines.PositionOf(yamlStart + deep);
            return new FrontMatter(span, [], new FrontMatterError($"the front matter nests '[' and '{{' more than {YamlFlowDepth.Max} levels deep", SourceSpan.At(line, column)));
        }

        return ParseEntries(yaml, firstLine: 2, span);
    }

    private static bool IsFence(string text, LineMap lines, int line, bool allowDots)
    {
        var content = text.AsSpan(lines.LineStart(line), lines.LineEnd(line, text) - lines.LineStart(line)).TrimEnd();
        return content.SequenceEqual("---") || (allowDots && content.SequenceEqual("..."));
    }

    private static FrontMatter ParseEntries(string yaml, int firstLine, SourceSpan span)
    {
        var entries = ImmutableArray.CreateBuilder<FrontMatterEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(yaml));
        var last = SourceSpan.At(firstLine, 1);
        // The block's line 1 is the file's line firstLine (the one after the opening `---`).
        SourceSpan ToFile(Mark mark) => SourceSpan.At(firstLine + (int)mark.Line - 1, (int)mark.Column);
        SourceSpan InFile(YamlErrorPosition at) => SourceSpan.At(firstLine + at.Line - 1, at.Column);

        try
        {
            if (!SkipTo<MappingStart>(parser, out var root))
            {
                return new FrontMatter(span, [], root is null ? null : new FrontMatterError("the front matter must be a YAML mapping of keys to values", ToFile(root.Start)));
            }

            while (parser.MoveNext() && parser.Current is not MappingEnd)
            {
                var keyEvent = parser.Current!;
                last = ToFile(keyEvent.Start);
                var key = keyEvent is Scalar scalarKey ? scalarKey.Value : null;
                SkipNode(parser);
                if (!parser.MoveNext())
                {
                    break;
                }

                var valueEvent = parser.Current!;
                var (kind, value) = valueEvent switch
                {
                    Scalar s => (FrontMatterValueKind.Scalar, s.Value.Trim()),
                    SequenceStart => (FrontMatterValueKind.Sequence, (string?)null),
                    MappingStart => (FrontMatterValueKind.Mapping, null),
                    _ => (FrontMatterValueKind.Alias, null),
                };
                var valueSpan = new SourceSpan(
                    firstLine + (int)valueEvent.Start.Line - 1,
                    (int)valueEvent.Start.Column,
                    firstLine + (int)valueEvent.End.Line - 1,
                    (int)valueEvent.End.Column);
                SkipNode(parser);
                if (key is not null)
                {
                    var keySpan = new SourceSpan(last.Line, last.Column, firstLine + (int)keyEvent.End.Line - 1, (int)keyEvent.End.Column);
                    entries.Add(new FrontMatterEntry(key, keySpan, value, valueSpan, kind, !seen.Add(key)));
                }
            }

            return new FrontMatter(span, entries.ToImmutable(), null);
        }
        catch (YamlException e)
        {
            var at = YamlErrorPosition.Find(yaml, e) is { } found ? InFile(found) : ToFile(e.Start);
            return new FrontMatter(span, entries.ToImmutable(), new FrontMatterError(CleanMessage(e.Message), at));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input with plain exceptions and no position: an unclosed bracket when it is one,
            // else the last good position.
            var found = YamlErrorPosition.Find(yaml, e);
            var error = new FrontMatterError(found?.Reason ?? "the YAML is malformed near this position", found is { } at ? InFile(at) : last);
            return new FrontMatter(span, entries.ToImmutable(), error);
        }
    }

    private static bool SkipTo<T>(Parser parser, out ParsingEvent? first)
        where T : ParsingEvent
    {
        first = null;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is StreamStart or DocumentStart)
            {
                continue;
            }

            first = current;
            return current is T;
        }

        return false;
    }

    // Moves past the node whose first event is current, without building or expanding it.
    private static void SkipNode(Parser parser)
    {
        var depth = parser.Current switch
        {
            SequenceStart or MappingStart => 1,
            _ => 0,
        };
        while (depth > 0 && parser.MoveNext())
        {
            depth += parser.Current switch
            {
                SequenceStart or MappingStart => 1,
                SequenceEnd or MappingEnd => -1,
                _ => 0,
            };
        }
    }

    private static string CleanMessage(string message) => PositionPrefix().Replace(message, string.Empty).Trim().TrimEnd('.');

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PositionPrefix();
}
