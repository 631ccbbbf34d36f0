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
    public void Every_rule_help_link_an_editor_follows_lands_on_its_row()
    {
        var page = File.ReadAllText(Path.Combine(TestRepository.Root, Page));
        foreach (var rule in Schema.Generated.RuleCatalog.All)
        {
            var link = ExecPlan.Cli.Lsp.LspDiagnostics.HelpUri(rule);
            Assert.StartsWith(Output.ToolInfo.InformationUri + "/blob/main/" + Page + "#", link, StringComparison.Ordinal);
            Assert.Contains($"<a id=\"{link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..]}\"></a>{rule.Id} |", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readme_holds_no_rule_table()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        Assert.DoesNotContain(RuleReference.StartMarker, readme, StringComparison.Ordinal);
    }
}
