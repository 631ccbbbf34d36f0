namespace ExecPlan.Configuration;

/// <summary>
/// Refuses YAML whose `[` and `{` nest deeper than <see cref="Max"/> before YamlDotNet reads it: its scanner slows down
/// quadratically with flow nesting (20,000 '[' take over a second, a megabyte of them hours). Front matter, the
/// configuration and the lock file all go through this check first.
/// </summary>
internal static class YamlFlowDepth
{
    /// <summary>How deep `[` and `{` may nest; real plans, configurations and lock files need two or three levels.</summary>
    public const int Max = 64;

    /// <summary>The offset of the first bracket past <see cref="Max"/> levels, or -1. Brackets in quotes count too: a harmless over-approximation.</summary>
    public static int FirstTooDeep(string yaml)
    {
        var depth = 0;
        for (var i = 0; i < yaml.Length; i++)
        {
            depth = yaml[i] switch
            {
                '[' or '{' => depth + 1,
                ']' or '}' => Math.Max(0, depth - 1),
                _ => depth,
            };
            if (depth > Max)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The 1-based line and column of an offset, for the finding.</summary>
    public static (int Line, int Column) PositionOf(string yaml, int offset)
    {
        var before = yaml.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, offset - lineStart + 1);
    }
}
