using System.Text.Json;
using ExecPlan.Linting;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Tests.Output;

public sealed class SarifWriterTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sarif-repo");

    private static JsonElement Write(LintRun run)
    {
        using var stream = new MemoryStream();
        SarifWriter.Write(run, stream, Root);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Has_the_sarif_header_and_driver()
    {
        var sarif = Write(Findings.Run(Root));

        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Contains("sarif", sarif.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var driver = Assert.Single(sarif.GetProperty("runs").EnumerateArray()).GetProperty("tool").GetProperty("driver");
        Assert.Equal("execplan", driver.GetProperty("name").GetString());
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("semanticVersion").GetString());
    }

    [Fact]
    public void Lists_every_rule_with_its_descriptions_and_level()
    {
        var rules = Write(new LintRun([], [])).GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");

        Assert.Equal(RuleCatalog.All.Length, rules.GetArrayLength());
        foreach (var (rule, element) in RuleCatalog.All.Zip(rules.EnumerateArray()))
        {
            Assert.Equal(rule.Id, element.GetProperty("id").GetString());
            Assert.Equal(rule.Name, element.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(element.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Equal(rule.Help, element.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Equal(rule.Help, element.GetProperty("help").GetProperty("text").GetString());
            Assert.Contains(element.GetProperty("defaultConfiguration").GetProperty("level").GetString(), (string[])["error", "warning", "note", "none"]);
        }
    }

    [Fact]
    public void Results_carry_rule_level_message_and_relative_location()
    {
        var run = Write(Findings.Run(Root)).GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(["EXP0007", "EXP0202", "EXP0207", "EXP0601", "EXP0212"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(["error", "error", "warning", "error", "note"], results.Select(r => r.GetProperty("level").GetString()));
        var first = results[1];
        Assert.Equal("EXP0202", RuleCatalog.All[first.GetProperty("ruleIndex").GetInt32()].Id);
        Assert.Equal("Missing \"Progress\" <section>\n\u0001 \ufffd end", first.GetProperty("message").GetProperty("text").GetString());
        var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("plans/a%20b-PLAN.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((3, 5, 3, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString();
        Assert.StartsWith("file://", baseUri, StringComparison.Ordinal);
        Assert.EndsWith("/", baseUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_results_carry_the_justification()
    {
        var results = Write(Findings.Run(Root)).GetProperty("runs")[0].GetProperty("results").EnumerateArray();

        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("vendor docs", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Fixes_are_artifact_changes_with_offsets_and_lines()
    {
        var results = Write(Findings.Run(Root)).GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();

        Assert.Single(results, r => r.TryGetProperty("fixes", out _));
        var fix = Assert.Single(results[2].GetProperty("fixes").EnumerateArray());
        Assert.Equal("Write '## Decision Log'", fix.GetProperty("description").GetProperty("text").GetString());
        Assert.Equal("safe", fix.GetProperty("properties").GetProperty("safety").GetString());
        var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
        Assert.Equal("plans/a%20b-PLAN.md", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
        var region = replacement.GetProperty("deletedRegion");
        Assert.Equal((40, 9, 3, 8, 3, 17), (region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32(),
            region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("Decision Log", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
    }

    [Fact]
    public void Files_outside_the_working_directory_get_absolute_file_uris()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "PLAN.md");
        var run = new LintRun([new FileReport(outside, [Findings.Make("EXP0202", Diagnostics.Severity.Error, outside)])], []);

        var artifact = Write(run).GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal(new Uri(outside).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
    }
}
