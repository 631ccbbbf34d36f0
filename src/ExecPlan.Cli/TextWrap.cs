namespace ExecPlan.Cli;

/// <summary>Wraps a paragraph at word boundaries for the terminal.</summary>
internal static class TextWrap
{
    /// <summary>The paragraph as lines of at most <paramref name="width"/> characters (longer words stay whole).</summary>
    public static IEnumerable<string> Lines(string text, int width)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
