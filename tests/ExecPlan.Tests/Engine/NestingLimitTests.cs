using CsCheck;
using ExecPlan.Model;

namespace ExecPlan.Tests.Engine;

/// <summary>The nesting limit reads only long line prefixes; it finds the line that reading every character finds.</summary>
public class NestingLimitTests
{
    [Fact]
    public void The_prefix_search_finds_what_reading_every_character_finds()
    {
        // Runs around the limits (128 quotes, 512 columns, tabs counting 4) with every kind of line break between them.
        string[] pieces = [" ", "  ", "\t", ">", "> ", new string(' ', 100), new string('>', 60), new string('\t', 40), "x", "- ", "\n", "\r", "\r\n", "\n\r"];
        Gen.OneOf(pieces).Array[0, 60].Select(p => string.Concat(p)).Sample(
            text => Assert.Equal(EveryCharacter(text), NestingLimit.FirstTooDeepLine(text)),
            iter: 5000);
    }

    [Theory]
    [InlineData(128, 0)]
    [InlineData(129, 2)]
    public void Quotes_past_the_limit_are_found_on_their_line(int quotes, int line) =>
        Assert.Equal(line, NestingLimit.FirstTooDeepLine("ok\r\n" + new string('>', quotes) + " deep\n"));

    // The former reading: every character, a line's prefix counted as it goes.
    private static int EveryCharacter(string text)
    {
        var line = 1;
        var inPrefix = true;
        int columns = 0, quotes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                inPrefix = true;
                columns = quotes = 0;
            }
            else if (inPrefix && c is ' ' or '\t' or '>')
            {
                columns += c == '\t' ? 4 : 1;
                quotes += c == '>' ? 1 : 0;
                if (quotes > NestingLimit.MaxDepth || columns > 4 * NestingLimit.MaxDepth)
                {
                    return line;
                }
            }
            else
            {
                inPrefix = false;
            }
        }

        return 0;
    }
}
