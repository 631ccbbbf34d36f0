using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ExecPlan.Cli.Tests.Lsp;

/// <summary>`execplan lsp` driven over real pipes by a language client: diagnostics, code actions, hover, completion, outline, robustness.</summary>
public sealed class LanguageServerTests
{
    // A plan with two errors away from the line start: an enum value, and a timestamp after non-ASCII text (an emoji is two UTF-16 units).
    private static readonly string Broken = Plans.Compliant
        .Replace("status: IN_PROGRESS\n", "status: in-progress\n", StringComparison.Ordinal)
        .Replace("- Wrote the plan (Author: agent-1)", "- Wrote the plän 😀 at 2025-13-40T99:00:00Z (Author: agent-1)", StringComparison.Ordinal);

    // A plan whose one finding (a heading's case, EXP0206) has a safe fix.
    private static readonly string LowerCaseHeading = Plans.With("## Decision Log\n", "## decision log\n");

    [Fact]
    public async Task Diagnostics_stand_at_exact_utf16_ranges_with_crlf_a_byte_order_mark_and_non_ascii_text()
    {
        using var repo = TempFolder.WithGit();
        var text = "\uFEFF" + Broken.Replace("owner: agent-1\n", string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        var uri = Uri(repo.Write("plans/demo-PLAN.md", text));
        using var server = await LspSession.InitializedAsync(repo.Path);

        server.Open(uri, text);
        var (diagnostics, _) = await server.DiagnosticsAsync(uri);

        var lines = text.Split("\r\n");
        var status = Single(diagnostics, "EXP0104");
        Assert.Equal(Range(2, 8, 2, 8 + "in-progress".Length), status["range"]!.ToJsonString());
        Assert.Equal(1, (int)status["severity"]!);
        Assert.Equal("execplan", (string)status["source"]!);
        Assert.EndsWith("docs/rules.md#exp0104", (string)status["codeDescription"]!["href"]!, StringComparison.Ordinal);

        var stampLine = Array.FindIndex(lines, l => l.Contains("2025-13-40", StringComparison.Ordinal));
        var stampColumn = lines[stampLine].IndexOf("2025-13-40T99:00:00Z", StringComparison.Ordinal);
        Assert.Equal(Range(stampLine, stampColumn, stampLine, stampColumn + 20), Single(diagnostics, "EXP0402")["range"]!.ToJsonString());

        // The missing owner stands at the opening fence, after the byte-order mark the client kept.
        Assert.Equal(Range(0, 1, 0, 4), Single(diagnostics, "EXP0103")["range"]!.ToJsonString());
    }

    [Fact]
    public async Task A_quick_fix_applied_by_the_client_clears_the_diagnostics()
    {
        using var repo = TempFolder.WithGit();
        var text = LowerCaseHeading.ReplaceLineEndings("\r\n");
        var uri = Uri(repo.Write("plans/demo-PLAN.md", text));
        using var server = await LspSession.InitializedAsync(repo.Path);
        server.Open(uri, text);
        var (diagnostics, _) = await server.DiagnosticsAsync(uri, d => d.Count > 0);
        var heading = Single(diagnostics, "EXP0206");

        var actions = (JsonArray)(await server.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = heading["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(heading.DeepClone()), ["only"] = new JsonArray("quickfix") },
        }))!;
        var fix = Assert.Single(actions)!;
        Assert.Equal("quickfix", (string)fix["kind"]!);
        Assert.True((bool)fix["isPreferred"]!);
        var fixedText = Apply(text, (JsonArray)fix["edit"]!["changes"]![uri]!);
        Assert.Equal(Plans.Compliant.ReplaceLineEndings("\r\n"), fixedText);

        server.Change(uri, fixedText, 2);
        var (after, _) = await server.DiagnosticsAsync(uri, d => d.Count == 0);
        Assert.Empty(after);
    }

    [Fact]
    public async Task Fix_all_applies_every_safe_fix_of_the_file_in_one_edit()
    {
        using var repo = TempFolder.WithGit();
        var text = LowerCaseHeading.Replace("## Progress\n", "## progress\n", StringComparison.Ordinal);
        var uri = Uri(repo.Write("plans/demo-PLAN.md", text));
        using var server = await LspSession.InitializedAsync(repo.Path);
        server.Open(uri, text);
        await server.DiagnosticsAsync(uri, d => d.Count == 2);

        var actions = (JsonArray)(await server.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = JsonNode.Parse(Range(0, 0, 0, 0)),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("source.fixAll") },
        }))!;

        var fixAll = Assert.Single(actions)!;
        Assert.Equal("source.fixAll.execplan", (string)fixAll["kind"]!);
        var edits = (JsonArray)fixAll["edit"]!["changes"]![uri]!;
        Assert.Single(edits);
        Assert.Equal(Plans.Compliant, Apply(text, edits));
    }

    [Fact]
    public async Task Hover_completion_and_symbols_answer_from_the_rules_and_the_schema()
    {
        using var repo = TempFolder.WithGit();
        var text = LowerCaseHeading.Without("Milestones").Replace("profile: codex-strict\n", string.Empty, StringComparison.Ordinal);
        var uri = Uri(repo.Write("plans/demo-PLAN.md", text));
        using var server = await LspSession.InitializedAsync(repo.Path);
        server.Open(uri, text);
        var (diagnostics, _) = await server.DiagnosticsAsync(uri, d => d.Count > 0);
        var heading = Single(diagnostics, "EXP0206");

        var hover = await server.RequestAsync("textDocument/hover", At(uri, (int)heading["range"]!["start"]!["line"]!, 5));
        var help = (string)hover!["contents"]!["value"]!;
        Assert.Contains("EXP0206", help, StringComparison.Ordinal);
        Assert.Contains("non-canonical-heading", help, StringComparison.Ordinal);
        Assert.Equal("markdown", (string)hover["contents"]!["kind"]!);
        var prose = text.Split('\n').ToList().IndexOf("Show a compliant plan.");
        Assert.Null(await server.RequestAsync("textDocument/hover", At(uri, prose, 2)));

        // A heading being typed on a blank line: the sections the plan lacks, in schema order.
        var blank = text.Split('\n').ToList().IndexOf(string.Empty, 10);
        var headings = Labels(await server.RequestAsync("textDocument/completion", At(uri, blank, 0)));
        Assert.Empty(headings);
        var typed = Lines(text, blank, "## ");
        server.Change(uri, typed, 2);
        headings = Labels(await server.RequestAsync("textDocument/completion", At(uri, blank, 3)));
        Assert.Contains("Milestones", headings);
        Assert.DoesNotContain("Progress", headings);

        // In the front matter: the keys it lacks; after a key, its values.
        var keys = Labels(await server.RequestAsync("textDocument/completion", At(uri, 1, 0)));
        Assert.Equal(["profile"], keys);
        var statusLine = typed.Split('\n').ToList().FindIndex(l => l.StartsWith("status:", StringComparison.Ordinal));
        var values = Labels(await server.RequestAsync("textDocument/completion", At(uri, statusLine, "status: ".Length)));
        Assert.Equal(["DRAFT", "IN_PROGRESS", "BLOCKED", "DONE", "ABANDONED"], values);

        // In the Decision Log: its entries' field names.
        var decisionLine = typed.Split('\n').ToList().FindIndex(l => l.StartsWith("  Rationale:", StringComparison.Ordinal));
        var withField = Lines(typed, decisionLine, "  ");
        server.Change(uri, withField, 3);
        var fields = Labels(await server.RequestAsync("textDocument/completion", At(uri, decisionLine, 2)));
        Assert.Contains("Rationale", fields);
        Assert.Contains("Alternatives", fields);

        var symbols = (JsonArray)(await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }))!;
        var title = Assert.Single(symbols)!;
        Assert.Equal("PLAN: Demo", (string)title["name"]!);
        var sections = ((JsonArray)title["children"]!).Select(s => (string)s!["name"]!).ToList();
        Assert.Equal("Purpose / Big Picture", sections[0]);
        Assert.Contains("decision log", sections);
        var constraints = ((JsonArray)title["children"]!).Single(s => (string)s!["name"]! == "Constraints & Safety")!;
        Assert.Contains("Allowed Scope", ((JsonArray)constraints["children"]!).Select(s => (string)s!["name"]!));
    }

    [Fact]
    public async Task A_malformed_message_or_request_is_answered_with_an_error_and_the_server_still_serves()
    {
        using var repo = TempFolder.WithGit();
        using var server = await LspSession.InitializedAsync(repo.Path);

        server.SendRaw(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":{"));
        var parseError = await server.WaitForAsync(m => m["error"] is JsonObject && m["id"] is null);
        Assert.Equal(-32700, (int)parseError["error"]!["code"]!);
        server.SendRaw(Encoding.UTF8.GetBytes("[1,2,3]"));
        server.SendRaw([0xFF, 0xFE, 0x00, 0x01]);

        var badParams = await Assert.ThrowsAsync<LspError>(() => server.RequestAsync("textDocument/codeAction", new JsonObject()));
        Assert.Equal(-32602, badParams.Code);
        Assert.DoesNotContain(" at ", badParams.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<LspError>(() => server.RequestAsync("textDocument/rename", new JsonObject()));
        Assert.Equal(-32601, unknown.Code);

        // A request about a document that is not open is answered, empty.
        Assert.Null(await server.RequestAsync("textDocument/hover", At(Uri(repo.Combine("plans/none-PLAN.md")), 0, 0)));
        Assert.Empty((JsonArray)(await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "untitled:Untitled-1" } }))!);
        Assert.True(server.IsRunning);
        Assert.DoesNotContain("   at ", server.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Huge_and_binary_documents_get_a_finding_and_never_stop_the_server()
    {
        using var repo = TempFolder.WithGit();
        var huge = Uri(repo.Combine("plans/huge-PLAN.md"));
        var binary = Uri(repo.Combine("plans/binary-PLAN.md"));
        using var server = await LspSession.InitializedAsync(repo.Path);

        server.Open(huge, Plans.Compliant + new string('x', 3 * 1024 * 1024));
        server.Open(binary, "\0\u0001\u0002 PLAN \0\uFFFD\uD800");
        var (tooLarge, _) = await server.DiagnosticsAsync(huge, d => d.Count > 0);
        Assert.Contains(tooLarge, d => ((string)d!["code"]!).StartsWith("EXP000", StringComparison.Ordinal));
        await server.DiagnosticsAsync(binary, d => d.Count > 0);

        Assert.NotNull(await server.RequestAsync("textDocument/completion", At(binary, 0, 3)));
        Assert.True(server.IsRunning);
    }

    [Fact]
    public async Task Closing_a_plan_clears_its_findings_and_a_closed_configuration_gets_its_own()
    {
        using var repo = TempFolder.WithGit();
        var config = Uri(repo.Write(".execplan.yaml", "level: sometimes\n"));
        var text = Plans.With("status: IN_PROGRESS\n", "status: in-progress\n");
        var uri = Uri(repo.Write("plans/a-PLAN.md", text));
        using var server = await LspSession.InitializedAsync(repo.Path);

        // The configuration is not open: its finding is published on it, with no version, beside the open plan's.
        server.Open(uri, text);
        var (found, _) = await server.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Contains(found, d => (string)d!["code"]! == "EXP0104");
        var (configured, _) = await server.DiagnosticsAsync(config, d => d.Count > 0);
        Assert.Equal(["EXP0007"], configured.Select(d => (string)d!["code"]!));
        var publication = await server.WaitForAsync(m => LspSession.IsPublication(m, config));
        Assert.Null(publication["params"]!["version"]);

        // Closed: its findings are cleared, and the server lints on without a failure.
        var before = server.Received.Count;
        server.Close(uri);
        await server.DiagnosticsAsync(uri, d => d.Count == 0, before);
        Assert.DoesNotContain("failed", server.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_plan_that_makes_a_later_plan_s_id_a_duplicate_puts_the_finding_on_that_plan()
    {
        using var repo = TempFolder.WithGit();
        var later = Uri(repo.Write("plans/b-PLAN.md", Plans.Compliant));
        var uri = Uri(repo.Write("plans/a-PLAN.md", Plans.Compliant));
        using var server = await LspSession.InitializedAsync(repo.Path);

        // The open plan comes first in path order: the repository's lint reports the duplicate on the later plan, and so does the editor.
        server.Open(uri, Plans.Compliant);
        var (found, index) = await server.DiagnosticsAsync(later, d => d.Count > 0);
        Assert.Equal(["EXP0109"], found.Select(d => (string)d!["code"]!));
        Assert.Contains("plans/a-PLAN.md", (string)found[0]!["message"]!, StringComparison.Ordinal);

        // Another id in the open plan clears it.
        server.Change(uri, Plans.Compliant.Replace("id: demo-plan", "id: other-plan", StringComparison.Ordinal), 2);
        await server.DiagnosticsAsync(later, d => d.Count == 0, index);
    }

    [Fact]
    public async Task Findings_across_files_follow_the_other_plans_and_the_configuration()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("plans/a-PLAN.md", Plans.Compliant);
        var text = Plans.With("status: IN_PROGRESS\n", "status: in-progress\n");
        var uri = Uri(repo.Write("plans/b-PLAN.md", text));
        var readme = Uri(repo.Write("README.md", "# Not a plan\n\n| a | b |\n"));
        using var server = await LspSession.InitializedAsync(repo.Path, new JsonObject
        {
            ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
        });

        // The client is asked to watch the files findings depend on.
        var registration = await server.WaitForAsync(m => (string?)m["method"] == "client/registerCapability");
        Assert.Contains("**/.execplan.yaml", registration.ToJsonString(), StringComparison.Ordinal);

        server.Open(readme, "# Not a plan\n\n| a | b |\n");
        server.Open(uri, text);
        var (first, index) = await server.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Contains(first, d => (string)d!["code"]! == "EXP0109");
        Assert.Contains(first, d => (string)d!["code"]! == "EXP0104");

        // Another id clears the duplicate; the configuration turning a rule off clears its finding once the file changes.
        var renamed = text.Replace("id: demo-plan", "id: other-plan", StringComparison.Ordinal);
        server.Change(uri, renamed, 2);
        var (second, next) = await server.DiagnosticsAsync(uri, d => !d.Any(x => (string)x!["code"]! == "EXP0109"), index);
        Assert.Contains(second, d => (string)d!["code"]! == "EXP0104");

        var config = repo.Write(".execplan.yaml", "rules:\n  EXP0104: off\n");
        server.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = Uri(config), ["type"] = 1 }) });
        await server.DiagnosticsAsync(uri, d => d.Count == 0, next);

        // A Markdown file that is not a plan never gets findings.
        Assert.DoesNotContain(server.Received, m => LspSession.IsPublication(m, readme) && ((JsonArray)m["params"]!["diagnostics"]!).Count > 0);
    }

    [Fact]
    public async Task An_open_configuration_file_gets_its_own_findings()
    {
        using var repo = TempFolder.WithGit();
        repo.Write("plans/a-PLAN.md", Plans.Compliant);
        var uri = Uri(repo.Write(".execplan.yaml", "levle: minimal\n"));
        using var server = await LspSession.InitializedAsync(repo.Path);

        server.Open(uri, "levle: minimal\n");

        var (diagnostics, _) = await server.DiagnosticsAsync(uri, d => d.Count > 0);
        var unknown = Single(diagnostics, "EXP0007");
        Assert.Contains("levle", (string)unknown["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, (int)unknown["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task A_plan_outside_any_repository_is_linted_with_the_defaults()
    {
        using var folder = new TempFolder();
        var uri = Uri(folder.Write("PLAN.md", "# PLAN: Loose\n"));
        using var server = await LspSession.InitializedAsync(folder.Path);

        server.Open(uri, "# PLAN: Loose\n");

        var (diagnostics, _) = await server.DiagnosticsAsync(uri, d => d.Count > 0);
        Assert.Contains(diagnostics, d => (string)d!["code"]! == "EXP0101");
    }

    [Fact]
    public async Task The_server_exits_0_after_shutdown_and_exit_and_1_when_its_client_goes()
    {
        using var repo = TempFolder.WithGit();
        using (var server = await LspSession.InitializedAsync(repo.Path))
        {
            Assert.Null(await server.RequestAsync("shutdown", null));
            server.Notify("exit", null);
            Assert.Equal(0, server.WaitForExit(TimeSpan.FromSeconds(20)));
        }

        using (var server = await LspSession.InitializedAsync(repo.Path))
        {
            server.CloseInput();
            Assert.Equal(1, server.WaitForExit(TimeSpan.FromSeconds(20)));
        }

        // A client process that is gone (its pipe left open): the server notices within seconds.
        using var gone = Process.Start(new ProcessStartInfo(ChildProcess.DotnetHost, "--version") { RedirectStandardOutput = true })!;
        await gone.WaitForExitAsync();
        using var orphan = await LspSession.InitializedAsync(repo.Path, processId: gone.Id);
        Assert.Equal(1, orphan.WaitForExit(TimeSpan.FromSeconds(20)));
    }

    private static string Uri(string path) => new Uri(path).AbsoluteUri;

    private static JsonObject Single(JsonArray diagnostics, string code) =>
        Assert.Single(diagnostics, d => (string)d!["code"]! == code)!.AsObject();

    private static string Range(int line, int character, int endLine, int endCharacter) =>
        $"{{\"start\":{{\"line\":{line},\"character\":{character}}},\"end\":{{\"line\":{endLine},\"character\":{endCharacter}}}}}";

    private static JsonObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    private static List<string> Labels(JsonNode? completion) =>
        [.. ((JsonArray)completion!["items"]!).OrderBy(i => (string)i!["sortText"]!, StringComparer.Ordinal).Select(i => (string)i!["label"]!)];

    // The text with one line replaced.
    private static string Lines(string text, int line, string replacement)
    {
        var lines = text.Split('\n');
        lines[line] = replacement;
        return string.Join('\n', lines);
    }

    // Applies LSP text edits (UTF-16 positions; CRLF, LF and CR end lines) to the text, last first.
    private static string Apply(string text, JsonArray edits)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        int Offset(JsonNode position) => starts[(int)position["line"]!] + (int)position["character"]!;
        var ordered = edits.Select(e => (Start: Offset(e!["range"]!["start"]!), End: Offset(e!["range"]!["end"]!), Text: (string)e!["newText"]!)).OrderByDescending(e => e.Start);
        var result = new StringBuilder(text);
        foreach (var (start, end, newText) in ordered)
        {
            result.Remove(start, end - start).Insert(start, newText);
        }

        return result.ToString();
    }
}
