using System.Globalization;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Diagnostics;

/// <summary>
/// Lists at most <see cref="Limit"/> findings per rule and counts the rest into one EXP0010 finding per rule, placed at the
/// first finding left out and as severe as the most severe of them: a file of a million `&lt;b&gt;` tags (or a lock file of
/// thousands of expired locks) must not become a million findings when a hundred say everything.
/// </summary>
internal sealed class FindingCap
{
    /// <summary>The most findings one rule lists per file.</summary>
    public const int Limit = 100;

    private readonly Dictionary<string, int> listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Diagnostic First, int Count, Severity Severity)> unlisted = new(StringComparer.Ordinal);
    private readonly HashSet<string> activeUnlisted = new(StringComparer.Ordinal);

    /// <summary>Whether a finding of rule <paramref name="id"/> would still be listed: when not, the caller need not even format it.</summary>
    public bool HasRoom(string id) => listed.GetValueOrDefault(id) < Limit;

    /// <summary>
    /// Counts one more finding of a rule that is full; <paramref name="make"/> builds it only when it is the first left out.
    /// <paramref name="suppressed"/> says whether a suppression comment covers it: the summary stands unless every one it counts is suppressed.
    /// </summary>
    public void CountOne(string id, Severity severity, Func<Diagnostic> make, bool suppressed = false)
    {
        unlisted[id] = unlisted.TryGetValue(id, out var before)
            ? (before.First, before.Count + 1, (Severity)Math.Max((int)before.Severity, (int)severity))
            : (make(), 1, severity);
        if (!suppressed)
        {
            activeUnlisted.Add(id);
        }
    }

    /// <summary>Whether some finding the rule's summary counts is not covered by a suppression.</summary>
    public bool HasActiveUnlisted(string id) => activeUnlisted.Contains(id);

    /// <summary>True when the finding is to be listed; false when it is only counted.</summary>
    public bool Admit(Diagnostic diagnostic)
    {
        var count = listed.GetValueOrDefault(diagnostic.Id);
        if (count < Limit)
        {
            listed[diagnostic.Id] = count + 1;
            return true;
        }

        CountOne(diagnostic);
        return false;
    }

    // Apart from Admit, whose every call would otherwise gather the captured finding into an object before it looked at the count.
    private void CountOne(Diagnostic diagnostic) => CountOne(diagnostic.Id, diagnostic.Severity, () => diagnostic);

    /// <summary>Counts <paramref name="count"/> findings like <paramref name="first"/> that were found but never built (the source capped itself).</summary>
    public void CountUnlisted(Diagnostic first, int count)
    {
        if (count > 0)
        {
            activeUnlisted.Add(first.Id);
            unlisted[first.Id] = unlisted.TryGetValue(first.Id, out var before)
                ? (before.First, before.Count + count, (Severity)Math.Max((int)before.Severity, (int)first.Severity))
                : (first, count, first.Severity);
        }
    }

    /// <summary>One EXP0010 finding per rule with findings left out, with the first of those (suppressions apply as to it).</summary>
    public IEnumerable<(Diagnostic Summary, Diagnostic FirstUnlisted)> Summaries()
    {
        var rule = RuleCatalog.TooManyFindings;
        foreach (var (id, (first, count, severity)) in unlisted.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var message = rule.Format(id, Limit.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture));
            yield return (new Diagnostic(rule, severity, first.FilePath, first.Span, message), first);
        }
    }
}
