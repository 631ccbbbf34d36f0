namespace ExecPlan.Repository;

/// <summary>Decides whether two path globs can match a common path: a product-automaton search, linear in the product of their sizes.</summary>
/// <remarks>
/// Globs use forward slashes (backslashes are read as slashes); <c>*</c> and <c>?</c> stay within a segment, <c>**</c>
/// as a whole segment spans zero or more segments, <c>{a,b}</c> expands to alternatives, and a bracket class
/// <c>[...]</c> is read as <c>?</c> (an over-approximation: it can only add overlaps). A leading <c>./</c> or <c>/</c> is
/// ignored and a trailing <c>/</c> means everything below. Matching is case-sensitive; dot files get no special case.
/// </remarks>
public static class GlobOverlap
{
    /// <summary>True when some path matches both <paramref name="a"/> and <paramref name="b"/>; false for null or empty globs.</summary>
    public static bool Overlaps(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return false;
        }

        return Overlaps(GlobPath.Parse(a), GlobPath.Parse(b), new WorkBudget(long.MaxValue));
    }

    /// <summary>True when some alternative of <paramref name="a"/> and one of <paramref name="b"/> match a common path; every search step is taken from <paramref name="budget"/>.</summary>
    internal static bool Overlaps(IReadOnlyList<GlobPath> a, IReadOnlyList<GlobPath> b, WorkBudget budget) =>
        a.Any(x => b.Any(y => !budget.Exhausted && PathsOverlap(x.Segments, y.Segments, budget)));

    /// <summary>Segment-level search: <c>**</c> (null) may skip itself or swallow one segment of the other side.</summary>
    private static bool PathsOverlap(IReadOnlyList<GlobToken[]?> a, IReadOnlyList<GlobToken[]?> b, WorkBudget budget) =>
        Reachable(a.Count, b.Count, (i, j) => a[i] is null, (i, j) => b[j] is null, (i, j) => SegmentsOverlap(a[i]!, b[j]!, budget), budget);

    /// <summary>Character-level search within one segment: <c>*</c> may skip itself or swallow one character of the other side.</summary>
    private static bool SegmentsOverlap(GlobToken[] x, GlobToken[] y, WorkBudget budget) =>
        IsLiteral(x) && IsLiteral(y)
            ? budget.Spend() && x.AsSpan().SequenceEqual(y) // most segments are plain names: compared at once, no search
            : Reachable(
            x.Length,
            y.Length,
            (p, q) => x[p].Kind == GlobTokenKind.Star,
            (p, q) => y[q].Kind == GlobTokenKind.Star,
            (p, q) => x[p].Kind == GlobTokenKind.AnyChar || y[q].Kind == GlobTokenKind.AnyChar || x[p].Char == y[q].Char,
            budget);

    private static bool IsLiteral(GlobToken[] segment)
    {
        foreach (var token in segment)
        {
            if (token.Kind != GlobTokenKind.Literal)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether (n, m) is reachable from (0, 0) in the product of two patterns, where a "star" element (one that repeats)
    /// can be skipped or can consume the other side's next element, and two plain elements advance together if they agree.
    /// </summary>
    private static bool Reachable(int n, int m, Func<int, int, bool> leftStar, Func<int, int, bool> rightStar, Func<int, int, bool> agree, WorkBudget budget)
    {
        // A search costs its setup (the table, the stack) as well as its steps.
        if (!budget.Spend(((n + 1L) * (m + 1L) / 16) + 16))
        {
            return false;
        }

        var seen = new bool[n + 1, m + 1];
        var pending = new Stack<(int, int)>();
        pending.Push((0, 0));
        while (pending.Count > 0)
        {
            var (i, j) = pending.Pop();
            if (seen[i, j])
            {
                continue;
            }

            seen[i, j] = true;
            if (!budget.Spend())
            {
                return false;
            }

            if (i == n && j == m)
            {
                return true;
            }

            var starI = i < n && leftStar(i, j);
            var starJ = j < m && rightStar(i, j);
            if (starI)
            {
                pending.Push((i + 1, j));
            }

            if (starJ)
            {
                pending.Push((i, j + 1));
            }

            if (starI && j < m && !starJ)
            {
                pending.Push((i, j + 1));
            }

            if (starJ && i < n && !starI)
            {
                pending.Push((i + 1, j));
            }

            if (i < n && j < m && !starI && !starJ && agree(i, j))
            {
                pending.Push((i + 1, j + 1));
            }
        }

        return false;
    }
}
