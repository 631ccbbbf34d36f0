using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using Cookbook = ExecPlan.Schema.Cookbook;

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
        Assert.Equal([".execplan.yaml", "PLANS.md", "docs/EXEC_PLAN.md"], scaffold.Files);
        Assert.Contains("](docs/EXEC_PLAN.md)", scaffold.Read("PLANS.md"), StringComparison.Ordinal);

        // The configuration PLANS.md tells people to have: the format, and the level PLANS.md names.
        var config = scaffold.Read(".execplan.yaml");
        Assert.Contains("schema: execplan\n", config, StringComparison.Ordinal);
        var level = options.Contains("minimal") ? LevelNames.Minimal : LevelNames.Standard;
        Assert.Contains($"level: {level}\n", config, StringComparison.Ordinal);
        Assert.Contains($"`level: {level}` in `.execplan.yaml`", scaffold.Read("PLANS.md"), StringComparison.Ordinal);
        Assert.Empty(Scaffold.ErrorsAndWarnings(scaffold.Lint(LevelNames.Standard)));
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
        // The rules that apply to ExecPlans: a rule only the cookbook format's rules implement (EXP0312) is left out.
        Assert.All(PlanSchemas.RulesOf(PlanSchemas.ExecPlan), r => Assert.Contains($"- `{r.Id}` {r.Name} ({r.DefaultSeverity.ToString().ToLowerInvariant()}): {r.MessageFormat}", guide, StringComparison.Ordinal));
        var order = Sections.Schema.Select(s => guide.IndexOf("### " + (s.Order + 1) + ". " + s.Title + "\n", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Theory]
    [InlineData("cookbook", new string[0])]
    [InlineData("cookbook-minimal", new[] { "--level", "minimal", "--profile", "repo-native" })]
    public void Cookbook_writes_the_pointer_the_cookbook_guide_and_the_config(string scenario, string[] options)
    {
        using var scaffold = Scaffold.Create(hive, ["execplan-policy", "--format", "cookbook", .. options]);
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());
        Assert.Equal([".execplan.yaml", "PLANS.md", "docs/EXEC_PLAN.md"], scaffold.Files);
        Assert.Contains("](docs/EXEC_PLAN.md)", scaffold.Read("PLANS.md"), StringComparison.Ordinal);
        Assert.Contains("schema: cookbook\n", scaffold.Read(".execplan.yaml"), StringComparison.Ordinal);
        Assert.Empty(Scaffold.ErrorsAndWarnings(scaffold.Lint(LevelNames.Standard)));
        Snapshot.Verify("execplan-policy." + scenario, scaffold.Snapshot(level: null));
    }

    [Fact]
    public void Cookbook_guide_covers_every_cookbook_section_entry_and_rule()
    {
        using var scaffold = Scaffold.Create(hive, ["execplan-policy", "--format", "cookbook"]);
        var guide = scaffold.Read("docs/EXEC_PLAN.md");
        Assert.All(Cookbook.Sections.All, s => Assert.Contains(s.Title, guide, StringComparison.Ordinal));
        Assert.All(Cookbook.Sections.Schema, s => Assert.Contains(s.Description, guide, StringComparison.Ordinal));
        Assert.All(Cookbook.Entries.All.SelectMany(e => e.Fields), f => Assert.Contains($"`{f.Name}:`", guide, StringComparison.Ordinal));
        var rules = PlanSchemas.RulesOf(PlanSchemas.Cookbook);
        Assert.All(rules, r => Assert.Contains($"- `{r.Id}` {r.Name} (", guide, StringComparison.Ordinal));
        Assert.All(RuleCatalog.All.Except(rules), r => Assert.DoesNotContain($"- `{r.Id}` ", guide, StringComparison.Ordinal));
        Assert.DoesNotContain("front matter (between", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Cookbook_policy_lints_a_cookbook_plan_under_its_config()
    {
        using var scaffold = Scaffold.Create(hive, ["execplan-policy", "--format", "cookbook", "--level", "minimal"]);
        Assert.True(hive.New(scaffold.Root, ["execplan", "-n", "fix-it", "--format", "cookbook", "--level", "minimal"]).ExitCode == 0);
        var findings = scaffold.Lint(LevelNames.Minimal).All;
        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(RuleIds.UnfilledPlaceholder, d.Id));
    }
}
