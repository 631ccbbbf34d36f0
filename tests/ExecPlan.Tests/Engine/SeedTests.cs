using System.Text;
using System.Text.RegularExpressions;
using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;
using ExecPlan.Tests.Infrastructure;

namespace ExecPlan.Tests.Engine;

/// <summary>The ExecPlan format's own templates and examples (tests/ExecPlan.Tests/Seed), and the templates the schema generates.</summary>
public sealed partial class SeedTests
{
    private static readonly string SeedFolder = TestRepository.PathOf("tests", "ExecPlan.Tests", "Seed");

    [Fact]
    public void Seed_findings_match_the_reviewed_snapshot()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(SeedFolder, "*.md").Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            foreach (var level in new[] { LevelNames.Standard, LevelNames.Minimal })
            {
                text.Append("## ").Append(name).Append(" (").Append(level).Append(")\n");
                foreach (var d in Linter.Lint(File.ReadAllText(file), level))
                {
                    text.Append(d.Span.Line).Append(':').Append(d.Span.Column).Append(' ')
                        .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id).Append(' ').Append(d.Message).Append('\n');
                }

                text.Append('\n');
            }
        }

        Snapshot.Verify("seed", text.ToString());
    }

    [Fact]
    public void The_spec_oauth_example_reports_what_a_fragment_lacks_and_nothing_else()
    {
        var ids = Linter.Active(File.ReadAllText(Path.Combine(SeedFolder, "oauth-example.md"))).Select(d => d.Id).Distinct().ToList();
        Assert.Contains(RuleIds.MissingFrontMatter, ids);
        Assert.Contains(RuleIds.MissingRequiredSection, ids);
        Assert.DoesNotContain(RuleIds.RuleFailure, ids);
        Assert.DoesNotContain(RuleIds.SurpriseEntryIncomplete, ids);
        Assert.DoesNotContain(RuleIds.ProgressItemTimestamp, ids);
    }

    public static TheoryData<string, string> GeneratedTemplates => new()
    {
        { "standard", LevelNames.Standard },
        { "minimal", LevelNames.Minimal },
        { "standard+multi-agent", LevelNames.Standard },
    };

    [Theory]
    [MemberData(nameof(GeneratedTemplates))]
    public void A_generated_draft_template_has_no_errors_or_warnings(string template, string level)
    {
        var diagnostics = Linter.Active(Render(template), level);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Severity.Warning);
        Assert.Contains(diagnostics, d => d.Id == RuleIds.UnfilledPlaceholder && d.Severity == Severity.Info);
    }

    [Theory]
    [MemberData(nameof(GeneratedTemplates))]
    public void A_generated_template_with_placeholders_filled_and_in_progress_is_compliant(string template, string level)
    {
        var filled = Placeholder().Replace(Render(template), m => m.Value switch
        {
            TemplateTokens.Id => "demo-plan",
            TemplateTokens.Owner => "agent-1",
            TemplateTokens.Title => "Demo",
            "<agent>" => "agent-1",
            "<REQUEST|NOTIFY|BLOCK>" => "REQUEST",
            _ => "Filled in",
        }).Replace(TemplateTokens.Status, "IN_PROGRESS", StringComparison.Ordinal);

        var diagnostics = Linter.Active(filled, level);
        Assert.True(diagnostics.IsEmpty, Linter.Describe(diagnostics));
    }

    private static string Render(string template) => template switch
    {
        "standard" => Templates.Standard.Text,
        "minimal" => Templates.Minimal.Text,
        _ => Templates.Standard.Text.Replace("\n## Handoff Summary", "\n" + Templates.MultiAgent.Text + "\n## Handoff Summary", StringComparison.Ordinal),
    };

    [GeneratedRegex(@"(?<!`)<[A-Za-z.][^<>\n]*>(?!`)")]
    private static partial Regex Placeholder();
}
