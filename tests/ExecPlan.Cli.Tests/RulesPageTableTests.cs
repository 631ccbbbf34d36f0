namespace ExecPlan.Cli.Tests;

/// <summary>The rule reference in docs/rules.md is generated from the schema; this fails when the two drift apart.</summary>
public sealed class RulesPageTableTests
{
    private const string Page = "docs/rules.md";

    [Fact]
    public void Rules_page_table_matches_the_schema()
    {
        var page = File.ReadAllText(Path.Combine(TestRepository.Root, Page)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf(RuleReference.StartMarker, StringComparison.Ordinal);
        var end = page.IndexOf(RuleReference.EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, Page + " lacks the rule table markers");

        var table = page[(start + RuleReference.StartMarker.Length)..end].TrimStart('\n');
        Assert.True(
            table == RuleReference.RenderMarkdown(),
            Page + "'s rule table differs from the schema: replace it with the output of `execplan rules --format markdown`.");
    }

    [Fact]
    public void The_readme_holds_no_rule_table()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        Assert.DoesNotContain(RuleReference.StartMarker, readme, StringComparison.Ordinal);
    }
}
