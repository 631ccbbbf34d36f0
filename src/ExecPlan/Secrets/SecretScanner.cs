using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ExecPlan.Secrets;

/// <summary>Finds possible secrets in text with a <see cref="SecretRuleSet"/>; overlapping matches keep the earlier rule's.</summary>
public sealed class SecretScanner
{
    private static readonly Lazy<SecretScanner> BuiltIn = new(() => new SecretScanner(SecretRuleSet.Default));

    private readonly SecretRuleSet rules;

    // The rules' keywords once each (case-folded when ASCII, as searched; null when not), the keywords as
    // written, and for every rule the indexes of its keywords in those lists.
    private readonly string?[] foldedKeywords;
    private readonly string[] keywords;
    private readonly int[][] ruleKeywords;

#if NET9_0_OR_GREATER
    // Every case-folded keyword searched at once (one vectorized pass of the folded text finds where any of them stands), and
    // for each ASCII character the indexes of the folded keywords that begin with it. Null when no keyword is ASCII.
    private readonly SearchValues<string>? foldedSearch;
    private readonly int[][] foldedByFirst;
#endif

    /// <summary>Creates a scanner over <paramref name="rules"/>.</summary>
    public SecretScanner(SecretRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
        var distinct = new List<string>();
        ruleKeywords = new int[rules.Patterns.Count][];
        for (var i = 0; i < rules.Patterns.Count; i++)
        {
            ruleKeywords[i] = [.. rules.Patterns[i].Keywords.Select(k =>
            {
                var index = distinct.FindIndex(d => string.Equals(d, k, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    distinct.Add(k);
                    index = distinct.Count - 1;
                }

                return index;
            })];
        }

        keywords = [.. distinct];
        foldedKeywords = [.. keywords.Select(k => Ascii.IsValid(k) ? string.Create(k.Length, k, static (buffer, keyword) => FoldCase(keyword, buffer)) : null)];
#if NET9_0_OR_GREATER
        var ascii = Enumerable.Range(0, keywords.Length).Where(i => foldedKeywords[i] is { Length: > 0 }).ToList();
        foldedSearch = ascii.Count == 0 ? null : SearchValues.Create([.. ascii.Select(i => foldedKeywords[i]!).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        foldedByFirst = [.. Enumerable.Range(0, 128).Select(c => ascii.Where(i => foldedKeywords[i]![0] == c).ToArray())];
#endif
    }

    /// <summary>A scanner over the built-in rule set.</summary>
    public static SecretScanner Default => BuiltIn.Value;

    /// <summary>Every possible secret in <paramref name="text"/>, ordered by offset; never throws on any input.</summary>
    public IReadOnlyList<SecretMatch> Scan(string? text) => ScanAll(text).Matches;

    /// <summary>
    /// Every possible secret in <paramref name="text"/> and in its decoded view (see <see cref="ObfuscatedText"/>), ordered by
    /// offset with overlapping matches merged, and the rules that could not finish; never throws on any input.
    /// </summary>
    public SecretScan ScanAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return SecretScan.Empty;
        }

        var candidates = new List<(SecretMatch Match, int Priority)>();
        var incomplete = new List<string>();
        ScanText(text, candidates, incomplete, null);
        if (ObfuscatedText.Decode(text) is { } decoded)
        {
            ScanText(decoded.Text, candidates, incomplete, decoded);
        }

        return new SecretScan(ResolveOverlaps(candidates), [.. incomplete.Distinct(StringComparer.Ordinal)]);
    }

    private void ScanText(string text, List<(SecretMatch, int)> candidates, List<string> incomplete, ObfuscatedText? decoded)
    {
        var folded = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var present = new KeywordPresence(text, folded.AsSpan(0, text.Length), this);
            for (var priority = 0; priority < rules.Patterns.Count; priority++)
            {
                if (present.Any(ruleKeywords[priority]) && !Collect(text, rules.Patterns[priority], priority, candidates, decoded))
                {
                    incomplete.Add(rules.Patterns[priority].Id);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    // False when the pattern ran out of time: never expected of the non-backtracking engine, and never silent (EXP0702).
    private bool Collect(string text, SecretPattern pattern, int priority, List<(SecretMatch, int)> candidates, ObfuscatedText? decoded)
    {
        // The verdict on a candidate's text, remembered: a text of one candidate repeated a hundred thousand times runs the
        // entropy and allowlist checks once, not once per copy. Bounded, so a text of all-different candidates costs no more.
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var (keptStart, keptEnd) = (-1, -1); // the last secret kept: a match inside it adds nothing
        try
        {
            foreach (var m in Matches(pattern, text))
            {
                Group secret = pattern.SecretGroup is null ? m : m.Groups[pattern.SecretGroup];
                if (secret.Success && !(secret.Index >= keptStart && secret.Index + secret.Length <= keptEnd) && Bounded(pattern, text, secret.Index, secret.Index + secret.Length) && IsSecret(pattern, secret.ValueSpan, verdicts) && !IsUser(pattern, m, secret))
                {
                    var (offset, length) = decoded is null ? (secret.Index, secret.Length) : decoded.Original(secret.Index, secret.Index + secret.Length);
                    candidates.Add((new SecretMatch(offset, length, pattern.Id, pattern.Kind), priority));
                    (keptStart, keptEnd) = (secret.Index, secret.Index + secret.Length);
                }
            }

            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            // The exception carries the scanned text, which must not reach any output: only the rule's id goes on.
            return false;
        }
    }

    /// <summary>
    /// The pattern's matches in <paramref name="text"/>, and the matches that start inside one. A rule that looks behind its operator
    /// for the name can take a name inside the text an earlier match took, and a rule that starts at the name can take one inside
    /// an earlier secret: its secret may then run over the name and operator of a later assignment (a value that ends in
    /// `Password=` before the `>` of `=>` and the next value), whose secret the search after the match would not find. So when a secret holds an operator (and, for a rule that starts at the
    /// name, one of its keywords), the matches that start inside that match are taken too, from a window just past its end (for at
    /// most 1,000 matches a text: a text of such assignments costs at most a few passes more). The ordinary matches are all there.
    /// </summary>
    internal static IEnumerable<Match> Matches(SecretPattern pattern, string text)
    {
        const int MaxInner = 1000;
        const int Reach = 300; // past a match's end: the longest secret (256) and its operator, quotes and spaces
        var inner = 0;
        var looksBehind = pattern.Regex.ToString().StartsWith("(?<=", StringComparison.Ordinal);
        for (var m = pattern.Regex.Match(text); m.Success; m = m.NextMatch())
        {
            yield return m;
            Group secret = pattern.SecretGroup is null ? m : m.Groups[pattern.SecretGroup];
            if (inner >= MaxInner || !secret.Success || !MayHoldAnother(pattern, secret.ValueSpan, looksBehind))
            {
                continue;
            }

            inner++;
            var end = m.Index + m.Length;
            var start = m.Index + 1;
            for (var n = pattern.Regex.Match(text, start, Math.Min(text.Length, end + Reach) - start); n.Success && n.Index < end; n = n.NextMatch())
            {
                yield return n;
            }
        }
    }

    // Whether a secret may hold a later assignment: an operator, and for a rule that starts at the name one of its keywords
    // (a value that ends in another name and `=>`).
    private static bool MayHoldAnother(SecretPattern pattern, ReadOnlySpan<char> secret, bool looksBehind)
    {
        if (secret.IndexOfAny(':', '=') < 0)
        {
            return false;
        }

        if (looksBehind)
        {
            return true;
        }

        foreach (var keyword in pattern.Keywords)
        {
            if (secret.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the secret is the match's user name (a rule's validate: not-user): a default such as admin:admin, not a credential.
    private static bool IsUser(SecretPattern pattern, Match match, Group secret) =>
        pattern.Validation == SecretValidation.NotUser
        && match.Groups["user"] is { Success: true } user
        && user.ValueSpan.Equals(secret.ValueSpan, StringComparison.OrdinalIgnoreCase);

    // The characters around the secret: an ASCII word boundary, whatever letters (Chinese, accented) stand beside it.
    private static bool Bounded(SecretPattern pattern, string text, int start, int end) =>
        (pattern.NotBefore is not { } before || start == 0 || !before.Contains(text[start - 1])) &&
        (pattern.NotAfter is not { } after || end == text.Length || !after.Contains(text[end]));

    private bool IsSecret(SecretPattern pattern, ReadOnlySpan<char> secret, Dictionary<string, bool> verdicts)
    {
        const int MaxRemembered = 4096;
        const int MaxRememberedLength = 256;
        if (secret.Length > MaxRememberedLength)
        {
            return IsSecret(pattern, secret);
        }

        var key = secret.ToString();
        if (!verdicts.TryGetValue(key, out var verdict))
        {
            verdict = IsSecret(pattern, secret);
            if (verdicts.Count < MaxRemembered)
            {
                verdicts[key] = verdict;
            }
        }

        return verdict;
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
                // One secret seen twice (in the text and in its decoded view, or by two rules): the earlier rule names it,
                // and the span covers both, so redaction hides every character either match found.
                var (first, second) = candidate.Priority < kept[^1].Priority ? (candidate.Match, kept[^1].Match) : (kept[^1].Match, candidate.Match);
                var end = Math.Max(first.End, second.End);
                var start = kept[^1].Match.Offset;
                kept[^1] = (first with { Offset = start, Length = end - start }, Math.Min(candidate.Priority, kept[^1].Priority));
                continue;
            }

            kept.Add(candidate);
        }

        return kept.ConvertAll(c => c.Match);
    }

    /// <summary>
    /// Which keywords a text contains, case-insensitively as <see cref="StringComparison.OrdinalIgnoreCase"/> compares, each
    /// looked up at most once. The text is case-folded once, and an ASCII keyword is an ordinal search of it: on .NET 9 and
    /// later every ASCII keyword in one vectorized pass (<see cref="SearchValues{T}"/> of strings, ended as soon as each has
    /// been seen), before that one pass per keyword a rule asks for; any other keyword is searched for as written.
    /// </summary>
    private ref struct KeywordPresence
    {
        private readonly string text;
        private readonly Span<char> folded;
        private readonly SecretScanner scanner;
        private readonly bool?[] found;
        private bool isFolded;

        public KeywordPresence(string text, Span<char> folded, SecretScanner scanner)
        {
            this.text = text;
            this.folded = folded;
            this.scanner = scanner;
            found = new bool?[scanner.keywords.Length];
#if NET9_0_OR_GREATER
            if (scanner.foldedSearch is { } search)
            {
                FoldCase(text, folded);
                isFolded = true;
                FindFolded(search);
            }
#endif
        }

        /// <summary>True when the rule has no keywords or the text contains one of them.</summary>
        public bool Any(int[] indexes)
        {
            if (indexes.Length == 0)
            {
                return true;
            }

            foreach (var index in indexes)
            {
                if (found[index] ??= Contains(index))
                {
                    return true;
                }
            }

            return false;
        }

        private bool Contains(int index)
        {
            if (scanner.foldedKeywords[index] is not { } keyword)
            {
                return text.Contains(scanner.keywords[index], StringComparison.OrdinalIgnoreCase);
            }

            if (!isFolded)
            {
                FoldCase(text, folded);
                isFolded = true;
            }

            return ((ReadOnlySpan<char>)folded).IndexOf(keyword, StringComparison.Ordinal) >= 0;
        }

#if NET9_0_OR_GREATER
        // Marks every non-empty ASCII keyword found or not, in one pass of the folded text.
        private readonly void FindFolded(SearchValues<string> search)
        {
            var missing = 0;
            for (var i = 0; i < found.Length; i++)
            {
                if (scanner.foldedKeywords[i] is { Length: > 0 })
                {
                    found[i] = false;
                    missing++;
                }
            }

            ReadOnlySpan<char> view = folded;
            for (var at = 0; missing > 0 && view[at..].IndexOfAny(search) is var next and >= 0; at++)
            {
                at += next;
                foreach (var index in scanner.foldedByFirst[view[at]])
                {
                    if (found[index] == false && view[at..].StartsWith(scanner.foldedKeywords[index], StringComparison.Ordinal))
                    {
                        found[index] = true;
                        missing--;
                    }
                }
            }
        }
#endif
    }

    /// <summary>
    /// Maps A-Z to a-z and keeps every other character: exactly what <see cref="StringComparison.OrdinalIgnoreCase"/> equates with
    /// an ASCII letter (no other character, not even the dotless i or the Kelvin sign; the tests check all of them).
    /// </summary>
    internal static void FoldCase(ReadOnlySpan<char> source, Span<char> destination)
    {
        var from = MemoryMarshal.Cast<char, ushort>(source);
        var to = MemoryMarshal.Cast<char, ushort>(destination);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var upperA = new Vector<ushort>('A');
            var letters = new Vector<ushort>(26);
            var toLower = new Vector<ushort>(32);
            for (; i <= from.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                var chars = new Vector<ushort>(from[i..]);
                (chars + (toLower & Vector.LessThan(chars - upperA, letters))).CopyTo(to[i..]);
            }
        }

        for (; i < from.Length; i++)
        {
            var c = from[i];
            to[i] = c is >= 'A' and <= 'Z' ? (ushort)(c + 32) : c;
        }
    }
}
