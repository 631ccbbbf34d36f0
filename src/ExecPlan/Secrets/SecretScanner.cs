using System.Text.RegularExpressions;

namespace ExecPlan.Secrets;

/// <summary>Finds possible secrets in text with a <see cref="SecretRuleSet"/>; overlapping matches keep the earlier rule's.</summary>
public sealed class SecretScanner
{
    private static readonly Lazy<SecretScanner> BuiltIn = new(() => new SecretScanner(SecretRuleSet.Default));

    private readonly SecretRuleSet rules;

    /// <summary>Creates a scanner over <paramref name="rules"/>.</summary>
    public SecretScanner(SecretRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
    }

    /// <summary>A scanner over the built-in rule set.</summary>
    public static SecretScanner Default => BuiltIn.Value;

    /// <summary>Every possible secret in <paramref name="text"/>, ordered by offset; never throws on any input.</summary>
    /// <remarks>A rule whose regex times out on this text is skipped for it rather than failing the scan.</remarks>
    public IReadOnlyList<SecretMatch> Scan(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var candidates = new List<(SecretMatch Match, int Priority)>();
        for (var priority = 0; priority < rules.Patterns.Count; priority++)
        {
            var pattern = rules.Patterns[priority];
            if (MayMatch(text, pattern.Keywords))
            {
                Collect(text, pattern, priority, candidates);
            }
        }

        return ResolveOverlaps(candidates);
    }

    private static bool MayMatch(string text, IReadOnlyList<string> keywords)
    {
        if (keywords.Count == 0)
        {
            return true;
        }

        foreach (var keyword in keywords)
        {
            if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(string text, SecretPattern pattern, int priority, List<(SecretMatch, int)> candidates)
    {
        try
        {
            for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch())
            {
                Group secret = pattern.SecretGroup is null ? m : m.Groups[pattern.SecretGroup];
                if (secret.Success && IsSecret(pattern, text.AsSpan(secret.Index, secret.Length)))
                {
                    candidates.Add((new SecretMatch(secret.Index, secret.Length, pattern.Id, pattern.Kind), priority));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Deliberately swallowed: the exception carries the scanned text, which must not reach any output.
        }
    }

    private bool IsSecret(SecretPattern pattern, ReadOnlySpan<char> secret)
    {
        if (secret.IsEmpty ||
            (pattern.MinEntropy > 0 && ShannonEntropy.BitsPerChar(secret) < pattern.MinEntropy) ||
            (pattern.MinCharClasses > 0 && ShannonEntropy.CharClasses(secret) < pattern.MinCharClasses) ||
            (pattern.Validation == SecretValidation.Jwt && !JwtHeader.HasAlg(secret)))
        {
            return false;
        }

        return !AnyMatch(rules.Allowlist, secret) && !AnyMatch(pattern.Allowlist, secret);
    }

    private static bool AnyMatch(IReadOnlyList<Regex> allowlist, ReadOnlySpan<char> secret)
    {
        foreach (var regex in allowlist)
        {
            if (regex.IsMatch(secret))
            {
                return true;
            }
        }

        return false;
    }

    private static List<SecretMatch> ResolveOverlaps(List<(SecretMatch Match, int Priority)> candidates)
    {
        candidates.Sort((a, b) => a.Match.Offset != b.Match.Offset ? a.Match.Offset.CompareTo(b.Match.Offset) : a.Priority.CompareTo(b.Priority));
        var kept = new List<(SecretMatch Match, int Priority)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (kept.Count > 0 && candidate.Match.Offset < kept[^1].Match.End)
            {
                if (candidate.Priority < kept[^1].Priority)
                {
                    kept[^1] = candidate;
                }

                continue;
            }

            kept.Add(candidate);
        }

        return kept.ConvertAll(c => c.Match);
    }
}
