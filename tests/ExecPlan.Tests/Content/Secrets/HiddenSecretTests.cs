using System.Diagnostics;
using ExecPlan.Secrets;
using static ExecPlan.Tests.Infrastructure.FakeSecrets;

namespace ExecPlan.Tests.Content.Secrets;

/// <summary>Secrets written so that a plain pattern misses them: encoded, escaped, split, beside non-ASCII letters, or behind input built to make a pattern give up.</summary>
public class HiddenSecretTests
{
    private static readonly string Token = Join("gh", "p_", Random(36, seed: 21));

    public static TheoryData<string, string> Hidden() => new()
    {
        { "令牌" + Token + " 用于部署", "github-token" },
        { "clé é" + Join("sk", "_live_", Random(24, seed: 22)) + " ici", "stripe-key" },
        { "name: \"" + Token[..10] + "\\x" + ((int)Token[10]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + Token[11..] + "\"", "github-token" },
        { "name: \"" + Token[..12] + "\\u00" + ((int)Token[12]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + Token[13..] + "\"", "github-token" },
        { "name: \"" + Token[..20] + "\\\n    " + Token[20..] + "\"", "github-token" },
        { "2026-01-01T00:00:00Z" + Token + "_acquired", "github-token" },
        { "html " + Token[..3] + "&#" + ((int)Token[3]).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" + Token[4..] + " end", "github-token" },
        { "html " + Token[..2] + "&#x70;" + Token[3..] + " end", "github-token" },
        { "url gh%70_" + Token[4..] + " end", "github-token" },
        { "split `" + Token[..8] + "`" + Token[8..] + "` end", "github-token" },
        { "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + Random(86, seed: 23) + "==;EndpointSuffix=core.windows.net", "azure-storage-key" },
        { "https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=r&sig=" + Random(40, seed: 24) + "%3D", "azure-sas-signature" },
    };

    [Theory]
    [MemberData(nameof(Hidden))]
    public void A_hidden_secret_is_found_and_its_span_covers_every_encoded_character(string text, string rule)
    {
        var scan = SecretScanner.Default.ScanAll(text);

        var match = Assert.Single(scan.Matches);
        Assert.Equal(rule, match.RuleId);
        Assert.Empty(scan.Incomplete);
        // The span runs from the secret's first original character to its last: redacting it hides every encoded piece.
        var covered = text.Substring(match.Offset, match.Length);
        var secret = rule == "github-token" ? Token : covered;
        Assert.StartsWith(secret[..2], covered, StringComparison.Ordinal);
        Assert.EndsWith(secret[^2..], covered, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_with_entities_percent_signs_and_code_spans_finds_nothing()
    {
        const string Text = "Use `dotnet test` &amp; `npm ci`; 50% of runs; &lt;b&gt; is bold; C:\\x\\u; a`b`c.";
        Assert.Empty(SecretScanner.Default.ScanAll(Text).Matches);
    }

    [Fact]
    public void Header_lines_built_to_make_the_private_key_pattern_backtrack_do_not_hide_a_real_key_further_down()
    {
        var key = PrivateKey();
        var text = "```\n-----BEGIN RSA PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("a: a: a: a: \n", 20_000)) + "```\n\n" + key + "\n";

        var watch = Stopwatch.StartNew();
        var scan = SecretScanner.Default.ScanAll(text);

        Assert.Empty(scan.Incomplete);
        Assert.Contains(scan.Matches, m => m.RuleId == "private-key" && text.Substring(m.Offset, m.Length).Contains(key.Split('\n')[1], StringComparison.Ordinal));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"took {watch.Elapsed}"); // a hang guard only: cost is measured by the benchmarks, never timed in a test
    }

    [Fact]
    public void Built_in_patterns_run_on_the_backtracking_interpreter_with_repetition_inside_repetition_only_in_atomic_groups()
    {
        Assert.Empty(SecretRuleSet.Default.Patterns.Where(p => p.Regex.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking)).Select(p => p.Id));
        Assert.Empty(SecretRuleSet.Default.Patterns.Where(p => NestsUnboundedRepetition(p.Regex.ToString())).Select(p => p.Id));
        Assert.Empty(SecretRuleSet.Default.Problems);
    }

    [Fact]
    public void Built_in_patterns_come_compiled_by_the_source_generator_with_the_rule_sets_timeout()
    {
        // A rule edited in secret-patterns.yaml without BuiltInSecretPatterns.cs would be interpreted: slower, and built at start-up.
        Assert.Empty(SecretRuleSet.Default.Patterns.Where(p => p.Regex.GetType() == typeof(System.Text.RegularExpressions.Regex)).Select(p => p.Id));
        Assert.All(SecretRuleSet.Default.Patterns, p => Assert.Equal(SecretRuleSetReader.MatchTimeout, p.Regex.MatchTimeout));

        // A pattern of one's own is interpreted, with the same timeout.
        var own = SecretRuleSet.Parse("rules:\n  - id: own\n    kind: own token\n    regex: 'own_[a-z]{20}'\n");
        var pattern = Assert.Single(own.Patterns);
        Assert.Equal(typeof(System.Text.RegularExpressions.Regex), pattern.Regex.GetType());
        Assert.Equal(SecretRuleSetReader.MatchTimeout, pattern.Regex.MatchTimeout);
    }

    [Theory]
    [InlineData("(?:[A-Za-z-]+:[^\\r\\n]*\\s+)*x", true)]
    [InlineData("(?:a(?:b+))+", true)]
    [InlineData("(a+){2,}", true)]
    [InlineData("(?>[A-Za-z-]+:[^\\r\\n]*\\s+)*x", false)]
    [InlineData("(?:ab)*c+", false)]
    [InlineData("(?:a{0,30})*", false)]
    [InlineData("[(]+(?:x)*", false)]
    public void The_nesting_check_tells_unbounded_repetition_inside_repetition(string pattern, bool nests) =>
        Assert.Equal(nests, NestsUnboundedRepetition(pattern));

    // A group repeated without bound (*, +, {n,}) that holds an unbounded repetition itself, outside an atomic group: the shape
    // that can backtrack catastrophically. Bounded repetition ({0,30}) only multiplies the work by a constant.
    private static bool NestsUnboundedRepetition(string pattern)
    {
        var groups = new Stack<(bool Atomic, bool HoldsUnbounded)>();
        groups.Push((false, false));
        for (var i = 0; i < pattern.Length; i++)
        {
            (bool Atomic, bool HoldsUnbounded)? closed = null;
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    for (i++; i < pattern.Length && pattern[i] != ']'; i++)
                    {
                        i += pattern[i] == '\\' ? 1 : 0;
                    }

                    break;
                case '(':
                    groups.Push((pattern.AsSpan(i).StartsWith("(?>"), false));
                    continue;
                case ')':
                    closed = groups.Pop();
                    break;
            }

            var unbounded = i + 1 < pattern.Length && (pattern[i + 1] is '*' or '+' || System.Text.RegularExpressions.Regex.IsMatch(pattern[(i + 1)..], "^\\{[0-9]+,\\}"));
            if (closed is { } group)
            {
                if (unbounded && group.HoldsUnbounded && !group.Atomic)
                {
                    return true;
                }

                unbounded |= group.HoldsUnbounded;
            }

            if (unbounded)
            {
                var (atomic, _) = groups.Pop();
                groups.Push((atomic, true));
            }
        }

        return false;
    }

    [Theory]
    [InlineData("sk-")]
    [InlineData("password=")]
    [InlineData("https://a:b@")]
    [InlineData("aws_secret=")]
    [InlineData("AccountKey=")]
    [InlineData("a=b;password=")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\na: b\n")]
    [InlineData("-----BEGIN")]
    [InlineData("eyJ")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9")]
    [InlineData("aws")]
    [InlineData("==")]
    [InlineData("Server=x")]
    [InlineData("hooks.slack.com/services/")]
    [InlineData("a://")]
    public void Text_of_one_construct_repeated_is_scanned_to_the_end(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 400_000 / unit.Length));

        var scan = SecretScanner.Default.ScanAll(text);

        Assert.Empty(scan.Incomplete);
    }
}
