namespace ExecPlan.Model;

/// <summary>
/// Finds more non-blank lines than a plan of the size limit holds before Markdig sees them: Markdig and the model cost a few
/// microseconds per block, so 1 MiB of `## x` (200,000 headings) costs seconds where 1 MiB of prose costs a third of one. A plan's
/// non-blank lines average far more than <see cref="BytesPerLine"/> bytes (the corpus's shortest average is 37), so the limit
/// only ever meets text made to be expensive, and grows with <c>max_file_size</c> for a repository that raises it.
/// </summary>
internal static class LineCountLimit
{
    /// <summary>The size limit's bytes per non-blank line allowed: 1 MiB allows 32,768 (the largest plan in the corpus has 400).</summary>
    public const int BytesPerLine = 32;

    /// <summary>The most non-blank lines parsed under a size limit of <paramref name="maxFileSize"/> bytes.</summary>
    public static long MaxLines(long maxFileSize) => Math.Max(1, maxFileSize / BytesPerLine);

    /// <summary>The first non-blank line past <see cref="MaxLines"/>, or 0.</summary>
    public static int FirstLineOverLimit(string text, long maxFileSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = MaxLines(maxFileSize);
        var span = text.AsSpan();
        if (span.Count('\n') + (long)span.Count('\r') < limit)
        {
            return 0; // fewer lines than the limit, blank or not: two vectorized counts settle nearly every plan
        }

        long nonBlank = 0;
        var line = 1;
        var start = 0;
        while (true)
        {
            var end = span[start..].IndexOfAny('\n', '\r');
            var content = end < 0 ? span[start..] : span.Slice(start, end);
            if (content.IndexOfAnyExcept(' ', '\t') >= 0 && ++nonBlank > limit)
            {
                return line;
            }

            if (end < 0)
            {
                return 0;
            }

            start += end + (span[start + end] == '\r' && start + end + 1 < span.Length && span[start + end + 1] == '\n' ? 2 : 1);
            line++;
        }
    }
}
