using System.Text.RegularExpressions;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates.Tests;

/// <summary>Filling every placeholder and moving to IN_PROGRESS is all a scaffolded plan needs to comply.</summary>
[Collection(SharedTemplateHive.Name)]
public sealed partial class FilledPlanTests(TemplateHive hive)
{
    public static TheoryData<string[], string> Variants => new()
    {
        { [], "standard" },
        { ["--level", "minimal"], "minimal" },
        { ["--multi-agent"], "standard" },
        { ["--level", "minimal", "--multi-agent", "--profile", "repo-native"], "minimal" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Filled_in_progress_plan_has_no_errors_or_warnings(string[] options, string level)
    {
        using var scaffold = Scaffold.Create(hive, ["execplan", "-n", "fill-me", .. options], environment: new Dictionary<string, string?> { ["USER"] = null });
        Assert.True(scaffold.Result.ExitCode == 0, scaffold.Result.ToString());
        var conformance = Assert.Single(ExecPlan.Schema.PlanSchemas.LevelNames, name => name == level);

        File.WriteAllText(scaffold.PlanPath, Fill(File.ReadAllText(scaffold.PlanPath)));

        var plan = File.ReadAllText(scaffold.PlanPath);
        Assert.DoesNotContain("DRAFT", plan, StringComparison.Ordinal);
        Assert.Empty(Scaffold.ErrorsAndWarnings(scaffold.Lint(conformance)));
        Assert.DoesNotContain(scaffold.Lint(conformance).All, d => d.Id == RuleIds.UnfilledPlaceholder);
    }

    /// <summary>What a person does: writes text for each placeholder (the first choice of an `&lt;A|B&gt;` one) and sets IN_PROGRESS.</summary>
    private static string Fill(string plan)
    {
        var filled = PlaceholderRegex().Replace(plan, m => m.Groups[1].Value.Contains('|', StringComparison.Ordinal) ? m.Groups[1].Value.Split('|')[0] : "written by the author");
        return StatusRegex().Replace(filled, "$1IN_PROGRESS");
    }

    [GeneratedRegex(@"<(?!REDACTED>)([^<>\n]+)>")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"^((?:status|Status): )DRAFT$", RegexOptions.Multiline)]
    private static partial Regex StatusRegex();
}
