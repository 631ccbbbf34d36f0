using YamlDotNet.Core;

namespace ExecPlan.Configuration;

/// <summary>Keeps YamlDotNet's marks inside the text they point into.</summary>
internal static class YamlMarks
{
    /// <summary>
    /// The mark, or the end of the last line when it lies past it: YamlDotNet puts an error at the end of a last line without a
    /// line break (`[#` and nothing after it) on the line after it, which no editor can show.
    /// </summary>
    public static Mark InText(string text, Mark mark)
    {
        var lines = new Model.LineMap(text);
        if (mark.Line <= lines.LineCount)
        {
            return mark;
        }

        var last = lines.LineCount;
        return new Mark(mark.Index, last, lines.LineEnd(last, text) - lines.LineStart(last) + 1);
    }
}
