using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates.Tests;

/// <summary>`dotnet new execplan-policy`: PLANS.md pointing at docs/EXEC_PLAN.md with the defaults, and the guide rendered from the schema.</summary>
[Collection(SharedTemplateHive.Name)]
public sealed class PolicyTemplateTests(TemplateHive hive)
{
    [Theory]
    [InlineData("default", new string[0])]
    [InlineData("minimal-repo-native", new[] { "--level", "minimal", "--profile", "repo-native" })]
    public void Writes_the_pointer_and_the_guide(string scenario, string[] options)
    {
        using var scaffold = Scaffold.Create(hive, ["execplan-policy", .. options]);
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());
        Assert.Equal(["PLANS.md", "docs/EXEC_PLAN.md"], scaffold.Files);
        Assert.Contains("](docs/EXEC_PLAN.md)", scaffold.Read("PLANS.md"), StringComparison.Ordinal);
        Assert.Empty(Scaffold.ErrorsAndWarnings(scaffold.Lint(ConformanceLevel.Standard)));
        Snapshot.Verify("execplan-policy." + scenario, scaffold.Snapshot(level: null));
    }

    [Fact]
    public void Guide_covers_every_section_field_and_rule()
    {
        using var scaffold = Scaffold.Create(hive, ["execplan-policy"]);
        var guide = scaffold.Read("docs/EXEC_PLAN.md");
        Assert.All(Sections.All, s => Assert.Contains(s.Title, guide, StringComparison.Ordinal));
        Assert.All(Sections.Schema, s => Assert.Contains(s.Description, guide, StringComparison.Ordinal));
        Assert.All(FrontMatterSchema.All, f => Assert.Contains($"- `{f.Name}`", guide, StringComparison.Ordinal));
        Assert.All(RuleCatalog.All, r => Assert.Contains($"- `{r.Id}` {r.Name} ({r.DefaultSeverity.ToString().ToLowerInvariant()}): {r.MessageFormat}", guide, StringComparison.Ordinal));
        var order = Sections.Schema.Select(s => guide.IndexOf("### " + (s.Order + 1) + ". " + s.Title + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }
}
