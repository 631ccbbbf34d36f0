namespace ExecPlan.Model;

/// <summary>
/// Finds more table cell bars than a plan ever has before Markdig sees them: Markdig's pipe-table parser spends time that grows
/// faster than the table (a 1 MiB table of 175,000 rows took over a second, twice that size four times as long), and no plan
/// has ten thousand `|` (the corpus's largest table has a few dozen).
/// </summary>
internal static class TableCellLimit
{
    /// <summary>The most `|` characters a parsed plan may hold, code included (a shell pipeline in a fence counts too).</summary>
    public const int MaxBars = 10_000;

    /// <summary>The line of the first `|` past <see cref="MaxBars"/>, or 0.</summary>
    public static int FirstLineOverLimit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        if (span.Count('|') <= MaxBars)
        {
            return 0; // one vectorized count settles nearly every plan
        }

        var bars = 0;
        var at = 0;
        while (span[at..].IndexOf('|') is var next and >= 0)
        {
            at += next;
            if (++bars > MaxBars)
            {
                return new LineMap(text).LineOf(at);
            }

            at++;
        }

        return 0;
    }
}
