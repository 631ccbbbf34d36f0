using System.Text.Json;

namespace ExecPlan.Cli.Tests.Mcp;

/// <summary>`execplan mcp` as an agent uses it: the built server over stdio, each tool called with the SDK's own client.</summary>
public sealed class McpToolTests
{
    // Assembled at run time so that the repository holds nothing a scanner would flag.
    private static readonly string Token = "gh" + "p_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";

    private const string PlanPath = "plans/demo-PLAN.md";

    // A safe fix (the heading's spelling) and a secret in one plan.
    private static readonly string Broken = Plans.With("## Decision Log\n", "## decision log\n");

    private static readonly string BrokenWithSecret = Plans.Replace(Broken, "Show a compliant plan.", $"Show a compliant plan with token {Token}.");

    [Fact]
    public async Task The_five_tools_are_listed_each_with_a_description_for_an_agent_and_an_input_schema()
    {
        await using var session = await McpSession.StartAsync();

        var tools = await session.Client.ListToolsAsync();

        Assert.Equal(["explain_rule", "fix_plan", "lint_plan", "list_plans", "new_plan"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, tool =>
        {
            Assert.Contains("Call it ", tool.Description, StringComparison.Ordinal);
            Assert.Equal("object", tool.JsonSchema.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Object, tool.JsonSchema.GetProperty("properties").ValueKind);
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
        });
        Assert.Contains("after every edit", tools.Single(t => t.Name == "lint_plan").Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_plan_of_a_broken_file_returns_findings_with_positions_and_fixes_and_never_the_secret()
    {
        await using var session = await McpSession.StartAsync();
        session.Repository.Write(PlanPath, BrokenWithSecret);

        var call = await session.CallAsync("lint_plan", new() { ["path"] = PlanPath });

        Assert.False(call.IsError, call.Text);
        Assert.Equal(PlanPath, call.Json.GetProperty("path").GetString());
        Assert.True(call.Json.GetProperty("errors").GetInt32() > 0);
        var findings = call.Json.GetProperty("findings").EnumerateArray().ToList();
        var heading = findings.First(f => f.GetProperty("message").GetString()!.Contains("decision log", StringComparison.Ordinal));
        Assert.Equal(BrokenWithSecret.LineOf("## decision log"), heading.GetProperty("line").GetInt32());
        Assert.True(heading.GetProperty("endColumn").GetInt32() > heading.GetProperty("column").GetInt32());
        var fix = heading.GetProperty("fixes").EnumerateArray().Single();
        Assert.Equal("safe", fix.GetProperty("safety").GetString());
        Assert.Contains(fix.GetProperty("edits").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("Decision Log", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "EXP0701");
        Assert.DoesNotContain(Token, call.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Token[..12], call.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_plan_of_text_checks_the_text_as_the_file_it_names_without_the_file()
    {
        await using var session = await McpSession.StartAsync();

        var broken = await session.CallAsync("lint_plan", new() { ["path"] = PlanPath, ["text"] = BrokenWithSecret });
        var compliant = await session.CallAsync("lint_plan", new() { ["path"] = PlanPath, ["text"] = Plans.Compliant });

        Assert.Contains(broken.Json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("fixes").GetArrayLength() > 0);
        Assert.DoesNotContain(Token[..12], broken.Everything, StringComparison.Ordinal);
        Assert.Equal(0, compliant.Json.GetProperty("errors").GetInt32());
        Assert.False(File.Exists(session.Repository.Combine(PlanPath)));
    }

    [Fact]
    public async Task Lint_plan_checks_the_plan_in_its_repository_so_a_copied_id_is_a_finding()
    {
        // An agent copies an existing plan as the start of a new one: the id stays, and the repository's lint would fail.
        await using var session = await McpSession.StartAsync();
        session.Repository.Write("plans/a-PLAN.md", Plans.Compliant);
        session.Repository.Write("plans/b-PLAN.md", Plans.With("## Decision Log\n", "## decision log\n").Replace("id: demo-plan", "id: other-plan", StringComparison.Ordinal));

        var copied = await session.CallAsync("lint_plan", new() { ["path"] = "plans/z-PLAN.md", ["text"] = Plans.Compliant });
        var renamed = await session.CallAsync("lint_plan", new() { ["path"] = "plans/z-PLAN.md", ["text"] = Plans.Compliant.Replace("id: demo-plan", "id: new-plan", StringComparison.Ordinal) });
        var saved = await session.CallAsync("lint_plan", new() { ["path"] = "plans/a-PLAN.md" });

        var duplicate = Assert.Single(copied.Json.GetProperty("findings").EnumerateArray());
        Assert.Equal("EXP0109", duplicate.GetProperty("ruleId").GetString());
        Assert.Contains("plans/a-PLAN.md", duplicate.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, copied.Json.GetProperty("errors").GetInt32());
        Assert.Empty(renamed.Json.GetProperty("findings").EnumerateArray());

        // The other plans are not linted: the second plan's finding is nowhere in the first plan's result.
        Assert.Equal("plans/a-PLAN.md", saved.Json.GetProperty("path").GetString());
        Assert.Empty(saved.Json.GetProperty("findings").EnumerateArray());
        Assert.DoesNotContain("decision log", saved.Everything, StringComparison.Ordinal);
        Assert.False(File.Exists(session.Repository.Combine("plans/z-PLAN.md")));
    }

    [Fact]
    public async Task Lint_plan_says_when_the_plan_makes_a_later_plan_s_id_a_duplicate()
    {
        // The new plan sorts first: the repository's lint reports the duplicate on the existing plan, and the agent is told so.
        await using var session = await McpSession.StartAsync();
        session.Repository.Write("plans/b-PLAN.md", Plans.Compliant);

        var copied = await session.CallAsync("lint_plan", new() { ["path"] = "plans/a-PLAN.md", ["text"] = Plans.Compliant });
        var renamed = await session.CallAsync("lint_plan", new() { ["path"] = "plans/a-PLAN.md", ["text"] = Plans.Compliant.Replace("id: demo-plan", "id: new-plan", StringComparison.Ordinal) });

        Assert.Empty(copied.Json.GetProperty("findings").EnumerateArray());
        var duplicate = Assert.Single(copied.Json.GetProperty("runFindings").EnumerateArray());
        Assert.Equal("EXP0109", duplicate.GetProperty("ruleId").GetString());
        Assert.Equal("plans/b-PLAN.md", duplicate.GetProperty("path").GetString());
        Assert.Contains("plans/a-PLAN.md", duplicate.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, copied.Json.GetProperty("errors").GetInt32());
        Assert.Empty(renamed.Json.GetProperty("runFindings").EnumerateArray());
        Assert.Equal(0, renamed.Json.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Fix_plan_dry_run_returns_the_diff_and_leaves_the_file_and_a_real_run_fixes_it_on_disk()
    {
        await using var session = await McpSession.StartAsync();
        var path = session.Repository.Write(PlanPath, Broken);

        var dryRun = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["dry_run"] = true });
        Assert.Equal(Broken, File.ReadAllText(path));
        var fixedRun = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath });

        Assert.Equal("would_fix", dryRun.Json.GetProperty("outcome").GetString());
        Assert.Contains("-## decision log\n+## Decision Log\n", dryRun.Json.GetProperty("diff").GetString(), StringComparison.Ordinal);
        Assert.Equal("fixed", fixedRun.Json.GetProperty("outcome").GetString());
        Assert.Equal(Plans.Compliant, File.ReadAllText(path));
        Assert.Equal(JsonValueKind.Array, fixedRun.Json.GetProperty("remaining").ValueKind);
    }

    [Fact]
    public async Task Fix_plan_of_text_returns_the_fixed_text_and_its_diff_and_writes_nothing()
    {
        await using var session = await McpSession.StartAsync();
        var path = session.Repository.Write(PlanPath, Broken);

        var call = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["text"] = Broken });

        Assert.Equal("would_fix", call.Json.GetProperty("outcome").GetString());
        Assert.Equal(Plans.Compliant, call.Json.GetProperty("text").GetString());
        Assert.Contains("+## Decision Log", call.Json.GetProperty("diff").GetString(), StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_plan_applies_the_unsafe_template_fixes_only_when_asked_and_only_the_rules_named()
    {
        await using var session = await McpSession.StartAsync();
        var broken = Plans.Replace(Plans.Without("Surprises & Discoveries"), "## Decision Log\n", "## decision log\n");
        var path = session.Repository.Write(PlanPath, broken);

        var safe = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["text"] = broken });
        var all = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["text"] = broken, ["unsafe_fixes"] = true });
        var one = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["text"] = broken, ["unsafe_fixes"] = true, ["rules"] = new[] { "missing-required-section" } });
        var unknown = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["rules"] = new[] { "EXP0202", "no-such-rule" } });
        var nothing = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["rules"] = new string?[] { " EXP0202 ", null } });

        Assert.False(safe.IsError, safe.Text);
        Assert.DoesNotContain("## Surprises & Discoveries", safe.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("## Decision Log\n", safe.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(safe.Json.GetProperty("remaining").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EXP0202");
        var fixedText = all.Json.GetProperty("text").GetString()!;
        Assert.Contains("## Surprises & Discoveries", fixedText, StringComparison.Ordinal);
        Assert.Contains("## Decision Log\n", fixedText, StringComparison.Ordinal);
        Assert.Contains(all.Json.GetProperty("fixed").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EXP0202");
        Assert.DoesNotContain(all.Json.GetProperty("remaining").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "EXP0202");
        var onlyMissing = one.Json.GetProperty("text").GetString()!;
        Assert.Contains("## Surprises & Discoveries", onlyMissing, StringComparison.Ordinal);
        Assert.Contains("## decision log\n", onlyMissing, StringComparison.Ordinal);
        Assert.All(one.Json.GetProperty("fixed").EnumerateArray(), f => Assert.Equal("EXP0202", f.GetProperty("ruleId").GetString()));
        Assert.True(unknown.IsError);
        Assert.Contains("unknown rule 'no-such-rule'", unknown.Text, StringComparison.Ordinal);
        Assert.True(nothing.IsError);
        Assert.Contains("unknown rule ''", nothing.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal", nothing.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(broken, File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_plan_of_text_with_a_secret_withholds_the_text_and_redacts_the_diff()
    {
        await using var session = await McpSession.StartAsync();
        var withSecretNearFix = Plans.Replace(BrokenWithSecret, "## decision log\n", $"## decision log\n\nToken {Token} here.\n");

        var call = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["text"] = withSecretNearFix });

        Assert.False(call.IsError, call.Text);
        Assert.False(call.Json.TryGetProperty("text", out _));
        Assert.Contains("secret", call.Json.GetProperty("textWithheld").GetString(), StringComparison.Ordinal);
        Assert.Contains("<REDACTED>", call.Json.GetProperty("diff").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Token[..12], call.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_rule_finds_a_rule_by_id_and_by_name_and_an_unknown_rule_is_a_tool_error()
    {
        await using var session = await McpSession.StartAsync();

        var byId = await session.CallAsync("explain_rule", new() { ["rule"] = "exp0202" });
        var byName = await session.CallAsync("explain_rule", new() { ["rule"] = "missing-required-section" });
        var unknown = await session.CallAsync("explain_rule", new() { ["rule"] = "no-such-rule" });

        Assert.Equal("EXP0202", byId.Json.GetProperty("id").GetString());
        Assert.Equal("EXP0202", byName.Json.GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(byName.Json.GetProperty("help").GetString()));
        Assert.True(unknown.IsError);
        Assert.Contains("unknown rule 'no-such-rule'", unknown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_plan_returns_the_text_or_writes_it_and_never_outside_the_root_or_over_a_file()
    {
        await using var session = await McpSession.StartAsync();
        var arguments = new Dictionary<string, object?> { ["id"] = "fix-login", ["title"] = "Fix the login", ["owner"] = "agent-7", ["level"] = "minimal" };

        var returned = await session.CallAsync("new_plan", arguments);
        var written = await session.CallAsync("new_plan", new(arguments) { ["write"] = true, ["path"] = "plans/fix-login-PLAN.md" });
        var again = await session.CallAsync("new_plan", new(arguments) { ["write"] = true, ["path"] = "plans/fix-login-PLAN.md", ["title"] = "Other" });
        var outside = await session.CallAsync("new_plan", new(arguments) { ["write"] = true, ["path"] = "../outside.md" });

        var text = returned.Json.GetProperty("text").GetString()!;
        Assert.False(returned.Json.GetProperty("written").GetBoolean());
        Assert.Matches(@"^plans/\d{4}-\d{2}-\d{2}-fix-login-PLAN\.md$", returned.Json.GetProperty("path").GetString());
        Assert.Contains("# PLAN: Fix the login\n", text, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(session.Repository.Path, "*.md", SearchOption.AllDirectories));
        Assert.True(written.Json.GetProperty("written").GetBoolean());
        var saved = File.ReadAllText(session.Repository.Combine("plans/fix-login-PLAN.md"));
        Assert.Equal(written.Json.GetProperty("text").GetString(), saved);
        Assert.True(again.IsError);
        Assert.Contains("already exists", again.Text, StringComparison.Ordinal);
        Assert.Equal(saved, File.ReadAllText(session.Repository.Combine("plans/fix-login-PLAN.md")));
        Assert.True(outside.IsError);
        Assert.Contains("outside the repository root", outside.Text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(session.Repository.Path)!, "outside.md")));
    }

    [Fact]
    public async Task New_plan_in_a_cookbook_repository_writes_a_cookbook_plan_that_lint_plan_reports_clean_once_filled_in()
    {
        await using var session = await McpSession.StartAsync();
        session.Repository.Write(".execplan.yaml", "schema: cookbook\n");

        var written = await session.CallAsync("new_plan", new() { ["title"] = "Fix the login timeout", ["owner"] = "agent-7", ["write"] = true });
        var path = written.Json.GetProperty("path").GetString()!;
        var fresh = await session.CallAsync("lint_plan", new() { ["path"] = path });
        var text = File.ReadAllText(session.Repository.Combine(path));
        session.Repository.Write(path, System.Text.RegularExpressions.Regex.Replace(
            text.Replace("## Validation and Acceptance\n\n", "## Validation and Acceptance\n\nRun `dotnet test` and see every test pass.\n\n", StringComparison.Ordinal),
            "<[^<>\n]+>",
            "written by the author"));
        var filled = await session.CallAsync("lint_plan", new() { ["path"] = path });
        var execPlan = await session.CallAsync("new_plan", new() { ["id"] = "fix-login", ["title"] = "Fix the login", ["owner"] = "agent-7", ["schema"] = "execplan" });

        Assert.False(written.IsError, written.Text);
        Assert.Equal("plans/fix-the-login-timeout.md", path);
        Assert.StartsWith("# Fix the login timeout\n\n## Purpose / Big Picture\n", text, StringComparison.Ordinal);
        Assert.Contains(" / agent-7\n", text, StringComparison.Ordinal);
        Assert.Equal("cookbook", fresh.Json.GetProperty("schema").GetString());
        Assert.All(fresh.Json.GetProperty("findings").EnumerateArray(), f => Assert.Contains(f.GetProperty("ruleId").GetString(), new[] { "EXP0212", "EXP0503" }));
        Assert.Equal("cookbook", filled.Json.GetProperty("schema").GetString());
        Assert.True(filled.Json.GetProperty("findings").GetArrayLength() == 0, filled.Text);
        Assert.Equal(0, filled.Json.GetProperty("errors").GetInt32() + filled.Json.GetProperty("warnings").GetInt32());
        Assert.Matches(@"^plans/\d{4}-\d{2}-\d{2}-fix-login-PLAN\.md$", execPlan.Json.GetProperty("path").GetString());
        Assert.StartsWith("---\n", execPlan.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("\nid: fix-login\n", execPlan.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_plans_shows_each_plan_with_status_owner_updated_and_next_action()
    {
        await using var session = await McpSession.StartAsync();
        session.Repository.Write(PlanPath, Plans.Compliant);
        session.Repository.Write("plans/other-PLAN.md", Plans.Replace(Plans.Replace(Plans.Compliant, "id: demo-plan", "id: other"), "owner: agent-1\n", "owner: agent-2\n"));

        var call = await session.CallAsync("list_plans", new());

        var plans = call.Json.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal([PlanPath, "plans/other-PLAN.md"], plans.Select(p => p.GetProperty("path").GetString()));
        Assert.Equal(["demo-plan", "other"], plans.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["agent-1", "agent-2"], plans.Select(p => p.GetProperty("owner").GetString()));
        Assert.All(plans, p => Assert.Equal("IN_PROGRESS", p.GetProperty("status").GetString()));
        Assert.All(plans, p => Assert.Equal("Run `dotnet test`.", p.GetProperty("nextAction").GetString()));
        Assert.All(plans, p => Assert.Equal(new DateTimeOffset(2025, 11, 22, 15, 0, 0, TimeSpan.Zero), p.GetProperty("updated").GetDateTimeOffset()));
    }

    [Fact]
    public async Task Bad_arguments_and_paths_that_leave_the_root_are_tool_errors_that_say_what_is_wrong()
    {
        await using var session = await McpSession.StartAsync();
        var outside = Directory.CreateTempSubdirectory("execplan-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "x-PLAN.md"), Plans.Compliant);
            Directory.CreateSymbolicLink(session.Repository.Combine("linked"), outside);

            var calls = new (Dictionary<string, object?> Arguments, string Says)[]
            {
                (new() { ["path"] = "../x-PLAN.md" }, "outside the repository root"),
                (new() { ["path"] = Path.Combine(outside, "x-PLAN.md") }, "outside the repository root"),
                (new() { ["path"] = "linked/x-PLAN.md" }, "outside the repository root"),
                (new() { ["path"] = "plans/missing-PLAN.md" }, "does not exist"),
                (new() { ["pth"] = PlanPath }, "unknown argument 'pth'"),
                (new(), "missing argument 'path'"),
                (new() { ["path"] = 42 }, "invalid value for 'path'"),
            };
            foreach (var (arguments, says) in calls)
            {
                var call = await session.CallAsync("lint_plan", arguments);
                Assert.True(call.IsError, call.Text);
                Assert.Contains(says, call.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", call.Text, StringComparison.Ordinal);
            }

            var dryRun = await session.CallAsync("fix_plan", new() { ["path"] = PlanPath, ["dry_run"] = "yes" });
            var noRule = await session.CallAsync("explain_rule", new() { ["rule"] = null });
            var secretRule = await session.CallAsync("explain_rule", new() { ["rule"] = Token });
            Assert.Contains("invalid value for 'dry_run': expected true or false", dryRun.Text, StringComparison.Ordinal);
            Assert.Contains("invalid value for 'rule': expected a string", noRule.Text, StringComparison.Ordinal);
            Assert.True(secretRule.IsError);
            Assert.Contains("unknown rule '<REDACTED>'", secretRule.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token[..12], secretRule.Everything, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
