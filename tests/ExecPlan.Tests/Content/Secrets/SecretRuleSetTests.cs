using CsCheck;
using ExecPlan.Secrets;

namespace ExecPlan.Tests.Content.Secrets;

public class SecretRuleSetTests
{
    [Fact]
    public void Built_in_rule_set_loads_without_problems()
    {
        var rules = SecretRuleSet.Default;

        Assert.Empty(rules.Problems);
        Assert.True(rules.Patterns.Count >= 15);
        Assert.Equal(rules.Patterns.Count, rules.Patterns.Select(p => p.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("private-key")]
    [InlineData("aws-access-key-id")]
    [InlineData("github-token")]
    [InlineData("gitlab-token")]
    [InlineData("slack-token")]
    [InlineData("stripe-key")]
    [InlineData("google-api-key")]
    [InlineData("openai-api-key")]
    [InlineData("anthropic-api-key")]
    [InlineData("jwt")]
    [InlineData("url-credentials")]
    [InlineData("connection-string-password")]
    [InlineData("generic-secret")]
    public void Built_in_rule_set_covers_each_kind(string id)
    {
        Assert.Contains(SecretRuleSet.Default.Patterns, p => p.Id == id);
    }

    [Fact]
    public void Generic_rules_come_last_so_specific_rules_win()
    {
        Assert.Equal("generic-secret", SecretRuleSet.Default.Patterns[^1].Id);
    }

    [Theory]
    [InlineData("rules: [", "While parsing")]
    [InlineData("- a\n- b", "not a YAML mapping")]
    [InlineData("allowlist: []", "'rules' is missing")]
    [InlineData("rules:\n  - id: x\n    kind: y", "needs id, kind and regex")]
    [InlineData("rules:\n  - id: x\n    kind: y\n    regex: '(unclosed'", "invalid regex")]
    [InlineData("rules:\n  - id: x\n    kind: y\n    regex: 'a'\n    secret-group: s", "no group named 's'")]
    [InlineData("rules:\n  - id: x\n    kind: y\n    regex: 'a'\n    validate: not-user", "needs a group named 'user'")]
    [InlineData("rules:\n  - id: x\n    kind: y\n    regex: 'a'\n    entropy: lots", "non-negative number")]
    [InlineData("rules:\n  - id: x\n    kind: y\n    regex: 'a'\n    validate: magic", "unknown validate")]
    public void Bad_rule_data_is_reported_not_thrown(string yaml, string problem)
    {
        var rules = SecretRuleSet.Parse(yaml);

        Assert.Contains(rules.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_rule_set_drives_the_scanner()
    {
        var rules = SecretRuleSet.Parse("rules:\n  - id: acme\n    kind: ACME key\n    keywords: [acme_]\n    regex: 'acme_(?<s>[a-z0-9]{8})'\n    secret-group: s\n");
        var scanner = new SecretScanner(rules);

        var match = Assert.Single(scanner.Scan("key acme_a1b2c3d4 end"));

        Assert.Equal(("acme", "ACME key", 9, 8), (match.RuleId, match.Kind, match.Offset, match.Length));
        Assert.Empty(scanner.Scan("key ACME_ a1b2c3d4"));
    }

    [Fact]
    public void A_rule_runs_exactly_when_the_text_holds_one_of_its_keywords_in_any_case()
    {
        // Keywords inside others, sharing first letters, one beginning where another ends, not ASCII, two for one rule.
        string[][] keywords = [["pass"], ["password"], ["sk-"], ["sk-ant-"], ["key", "pwd"], ["eyJ"], ["PRIVATE KEY"], ["é令"], ["ab"], ["ba"], ["a"]];
        var yaml = "rules:\n" + string.Concat(keywords.Select((k, i) =>
            $"  - id: r{i}\n    kind: k\n    keywords: [{string.Join(", ", k.Select(w => $"'{w}'"))}]\n    regex: '(?<s>#{i}#)'\n    secret-group: s\n"));
        var scanner = new SecretScanner(SecretRuleSet.Parse(yaml));
        var markers = string.Concat(keywords.Select((_, i) => $" #{i}# "));
        string[] pieces = ["pass", "PASSWORD", "Pass", "word", "sk", "-", "sk-an", "t-", "KEY", "ke", "y", "pw", "d", "eyj", "EYJ", "private", " ", "Key", "É令", "é", "令", "b", "A", "x", "\n"];

        Gen.OneOf(pieces).Array[0, 30].Select(p => string.Concat(p)).Sample(
            text =>
            {
                var found = scanner.Scan(text + markers).Select(m => m.RuleId).ToHashSet();
                for (var i = 0; i < keywords.Length; i++)
                {
                    var holds = keywords[i].Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));
                    Assert.True(holds == found.Contains($"r{i}"), $"rule r{i} on '{text}'");
                }
            },
            iter: 5000);
    }

    [Theory]
    [InlineData("", 0.0)]
    [InlineData("aaaa", 0.0)]
    [InlineData("ab", 1.0)]
    [InlineData("abcd", 2.0)]
    [InlineData("01234567", 3.0)]
    public void Entropy_is_bits_per_character(string text, double bits)
    {
        Assert.Equal(bits, ShannonEntropy.BitsPerChar(text), 6);
    }

    [Theory]
    [InlineData("abc", 1)]
    [InlineData("aB", 2)]
    [InlineData("aB1", 3)]
    [InlineData("aB1!", 4)]
    public void Character_classes_are_counted(string text, int classes)
    {
        Assert.Equal(classes, ShannonEntropy.CharClasses(text));
    }
}
