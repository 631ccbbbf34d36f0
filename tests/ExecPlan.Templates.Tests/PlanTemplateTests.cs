using ExecPlan.Schema.Generated;
using GeneratedTemplates = ExecPlan.Schema.Generated.Templates;

namespace ExecPlan.Templates.Tests;

/// <summary>`dotnet new execplan` with each option: the files written, their text, and a clean lint.</summary>
[Collection(SharedTemplateHive.Name)]
public sealed class PlanTemplateTests(TemplateHive hive)
{
    private const string Slug = "fix-login-timeout";

    public static TheoryData<string, string[], string> Scenarios => new()
    {
        { "standard", [], "standard" },
        { "minimal", ["--level", "minimal"], "minimal" },
        { "repo-native", ["--profile", "repo-native"], "standard" },
        { "multi-agent", ["--multi-agent"], "standard" },
        { "minimal-multi-agent", ["--level", "minimal", "--multi-agent"], "minimal" },
        { "owner", ["--owner", "alice"], "standard" },
        { "title", ["--title", "Fix the login timeout"], "standard" },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scaffolds_a_plan_that_lints_clean(string scenario, string[] options, string level)
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", Slug, .. options]);
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());
        var conformance = Assert.Single(ExecPlan.Schema.PlanSchemas.LevelNames, name => name == level);

        Assert.Equal($"plans/{scaffold.Finished.UtcDateTime:yyyy-MM-dd}-{Slug}-PLAN.md", scaffold.Files.Single(f => f.StartsWith("plans/", StringComparison.Ordinal)));
        AssertTimestampsAreNow(scaffold, File.ReadAllText(scaffold.PlanPath));
        AssertNoTokenLeft(scaffold);
        Assert.Empty(Scaffold.ErrorsAndWarnings(scaffold.Lint(conformance)));
        Snapshot.Verify("execplan." + scenario, scaffold.Snapshot(conformance));
    }

    [Theory]
    [InlineData("Fix Login Bug!", "fix-login-bug")]
    [InlineData("Ship v1.2 release.", "ship-v1.2-release")]
    [InlineData("Fix - Login", "fix-login")]
    public void A_name_with_spaces_capitals_and_punctuation_becomes_a_lower_case_slug_without_dangling_dashes(string name, string slug)
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", name]);
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());

        Assert.Equal($"plans/{scaffold.Finished.UtcDateTime:yyyy-MM-dd}-{slug}-PLAN.md", scaffold.Files.Single(f => f.StartsWith("plans/", StringComparison.Ordinal)));
        var plan = File.ReadAllText(scaffold.PlanPath);
        Assert.Contains($"id: {slug}\n", plan, StringComparison.Ordinal);
        Assert.Contains($"# PLAN: {name}\n", plan, StringComparison.Ordinal); // the title keeps the name as written
        Assert.Empty(Scaffold.ErrorsAndWarnings(scaffold.Lint(LevelNames.Standard)));
    }

    [Fact]
    public void Sections_follow_the_schema_template_in_order()
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", Slug, "--multi-agent"]);
        var headings = File.ReadAllLines(scaffold.PlanPath).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]);
        var expected = Sections.Schema
            .Where(s => GeneratedTemplates.Standard.SectionKeys.Contains(s.Key) || GeneratedTemplates.MultiAgent.SectionKeys.Contains(s.Key))
            .Select(s => s.Title);
        Assert.Equal(expected, headings);
    }

    [Fact]
    public void Owner_defaults_to_the_user_name_then_to_the_placeholder()
    {
        using var fromUserName = Scaffold.Create(hive, ["execplan", "-n", Slug], environment: new Dictionary<string, string?> { ["USER"] = null, ["USERNAME"] = "windows-user" });
        Assert.Contains("owner: windows-user\n", File.ReadAllText(fromUserName.PlanPath), StringComparison.Ordinal);

        using var unknown = Scaffold.Create(hive, ["execplan", "-n", Slug], environment: new Dictionary<string, string?> { ["USER"] = null });
        var plan = File.ReadAllText(unknown.PlanPath);
        Assert.Contains($"owner: {TemplateTokens.Owner}\n", plan, StringComparison.Ordinal);
        Assert.Empty(Scaffold.ErrorsAndWarnings(unknown.Lint(LevelNames.Standard)));
    }

    [Fact]
    public void Without_a_name_the_slug_comes_from_the_folder_name_made_into_an_id()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.Combine("my repo")).FullName;
        var result = hive.New(folder, ["execplan"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var plan = Directory.GetFiles(Path.Combine(folder, "plans")).Single();
        Assert.EndsWith("-my-repo-PLAN.md", plan, StringComparison.Ordinal);
        Assert.Contains("\nid: my-repo\n", File.ReadAllText(plan), StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_agent_keeps_an_existing_lock_file()
    {
        const string existing = "version: 1\ngenerated_at: 2025-11-19T10:30:00Z\nttl_seconds: 3600\nlocks: []\n# theirs\n";
        void Prepare(string root) => File.WriteAllText(Path.Combine(root, ".agent-locks.yaml"), existing);

        // Without --locks false the template engine refuses to overwrite, and writes nothing.
        using var refused = Scaffold.Create(hive, ["execplan", "-n", Slug, "--multi-agent"], Prepare);
        Assert.NotEqual(0, refused.Result.ExitCode);
        Assert.Equal(existing, refused.Read(".agent-locks.yaml"));
        Assert.Equal([".agent-locks.yaml"], refused.Files);

        using var kept = Scaffold.Create(hive, ["execplan", "-n", Slug, "--multi-agent", "--locks", "false"], Prepare);
        Assert.True(kept.Result.ExitCode == 0, kept.Result.ToString());
        Assert.Equal(existing, kept.Read(".agent-locks.yaml"));
        Assert.Empty(Scaffold.ErrorsAndWarnings(kept.Lint(LevelNames.Standard)));
        Snapshot.Verify("execplan.multi-agent-existing-locks", kept.Snapshot(LevelNames.Standard));
    }

    /// <summary>The schema's id, title and timestamp tokens and the renderer's markers are all replaced.</summary>
    private static void AssertNoTokenLeft(Scaffold scaffold)
    {
        string[] tokens = [TemplateTokens.Id, TemplateTokens.Title, TemplateTokens.Timestamp, "execplan-now", "execplan-task", "yyyy-mm-dd"];
        foreach (var file in scaffold.Files)
        {
            Assert.DoesNotContain(file, "yyyy-mm-dd", StringComparison.Ordinal);
            var text = scaffold.Read(file);
            Assert.All(tokens, token => Assert.DoesNotContain(token, text, StringComparison.Ordinal));
        }
    }

    private static void AssertTimestampsAreNow(Scaffold scaffold, string text)
    {
        var timestamps = Scaffold.Timestamps(text).ToList();
        Assert.NotEmpty(timestamps);
        var earliest = scaffold.Started.AddTicks(-(scaffold.Started.Ticks % TimeSpan.TicksPerSecond));
        Assert.All(timestamps, t => Assert.InRange(t, earliest, scaffold.Finished));
    }
}
