namespace ExecPlan.Cli.Tests;

/// <summary>The README's rule reference is generated from the schema; this fails when the two drift apart.</summary>
public sealed class ReadmeRuleTableTests
{
    [Fact]
    public void Readme_rule_table_matches_the_schema()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf(RuleReference.StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(RuleReference.EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the rule table markers");

        var table = readme[(start + RuleReference.StartMarker.Length)..end].TrimStart('\n');
        Assert.True(
            table == RuleReference.RenderMarkdown(),
            "README.md's rule table differs from the schema: replace it with the output of `execplan rules --format markdown`.");
    }
}
