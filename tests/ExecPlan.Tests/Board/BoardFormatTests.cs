using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using ExecPlan.Board;

namespace ExecPlan.Tests.Board;

/// <summary>The structure of each board format: text, Markdown, versioned JSON and the self-contained HTML page (read with an HTML parser).</summary>
public sealed class BoardFormatTests : IDisposable
{
    private readonly BoardPlans _plans = new();

    public void Dispose() => _plans.Dispose();

    private StatusBoard MixedBoard() => _plans
        .ExecPlan("active", Plans.Compliant)
        .ExecPlan("blocked", Plans.With("status: IN_PROGRESS", "status: BLOCKED").Replace("id: demo-plan", "id: blocked-plan", StringComparison.Ordinal))
        .ExecPlan("done", Plans.With("status: IN_PROGRESS", "status: DONE").Replace("id: demo-plan", "id: done-plan", StringComparison.Ordinal))
        .CookbookPlan("cache")
        .Board();

    internal static string Text(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    internal static string Json(StatusBoard board)
    {
        using var stream = new MemoryStream();
        BoardJsonWriter.Write(board, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Text_has_a_block_per_plan_with_its_flags_metrics_and_the_totals()
    {
        var text = Text(w => BoardTextWriter.Write(MixedBoard(), w));

        Assert.Contains("IN_PROGRESS  PLAN: Demo  [STALE]", text, StringComparison.Ordinal);
        Assert.Contains("BLOCKED  PLAN: Demo  [BLOCKED]", text, StringComparison.Ordinal);
        Assert.Contains("  owner agent-1  updated 2025-11-22T15:00:00Z  last activity 8d 21h ago  progress 1/2", text, StringComparison.Ordinal);
        Assert.Contains("  next action: Run `dotnet test`.", text, StringComparison.Ordinal);
        Assert.Contains("  Evidence Coverage          1/2 (50%)    target ≥ 80%   MISSED", text, StringComparison.Ordinal);
        Assert.Contains("4 plans: 2 IN_PROGRESS, 1 BLOCKED, 1 DONE", text, StringComparison.Ordinal);
        Assert.Contains("1 stale (in progress, no update for 7d), 1 blocked", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_the_totals_and_a_table_row_per_plan()
    {
        var text = Text(w => BoardMarkdownWriter.Write(MixedBoard(), w));
        var rows = text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, rows.Count); // the header and four plans
        Assert.All(rows, r => Assert.Equal(11, r.Count(c => c == '|') - CountEscaped(r)));
        Assert.Contains(rows, r => r.Contains("IN\\_PROGRESS **STALE**", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("BLOCKED 🛑", StringComparison.Ordinal));
        Assert.Contains("**4 plans**: 2 IN_PROGRESS, 1 BLOCKED, 1 DONE.", text, StringComparison.Ordinal);
    }

    private static int CountEscaped(string row) => row.Split("\\|").Length - 1;

    [Fact]
    public void Json_is_versioned_and_carries_targets_totals_and_each_plans_summary()
    {
        var root = JsonDocument.Parse(Json(MixedBoard())).RootElement;

        Assert.Equal(BoardJsonWriter.FormatVersion, root.GetProperty("version").GetInt32());
        Assert.Equal("2025-12-01T12:00:00Z", root.GetProperty("generatedAt").GetString());
        Assert.Equal(7 * 86400, root.GetProperty("staleAfterSeconds").GetInt64());
        Assert.Equal(900, root.GetProperty("targets").GetProperty("livingFreshnessSeconds").GetInt64());
        var totals = root.GetProperty("totals");
        Assert.Equal((4, 1, 1), (totals.GetProperty("plans").GetInt32(), totals.GetProperty("stale").GetInt32(), totals.GetProperty("blocked").GetInt32()));
        Assert.Equal(2, totals.GetProperty("byStatus").GetProperty("IN_PROGRESS").GetInt32());

        var plans = root.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(["cookbook/plans/cache.md", "plans/active-PLAN.md", "plans/blocked-PLAN.md", "plans/done-PLAN.md"], plans.Select(p => p.GetProperty("path").GetString()));
        var cache = plans[0];
        Assert.Equal(("cookbook", true, false), (cache.GetProperty("schema").GetString(), cache.GetProperty("plan").GetProperty("statusDerived").GetBoolean(), cache.GetProperty("stale").GetBoolean()));
        Assert.Equal(23 * 3600, cache.GetProperty("ageSeconds").GetInt64());
        Assert.Equal((2, 1), (cache.GetProperty("plan").GetProperty("metrics").GetProperty("claims").GetInt32(), cache.GetProperty("plan").GetProperty("metrics").GetProperty("claimsWithEvidence").GetInt32()));
        Assert.True(plans[1].GetProperty("stale").GetBoolean());
        Assert.True(plans[2].GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_a_card_per_plan()
    {
        var html = Text(w => BoardHtmlWriter.Write(MixedBoard(), w));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("html", document.Doctype?.Name);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain(document.All, e => e.HasAttribute("src") || e.HasAttribute("href"));
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);

        var cards = document.QuerySelectorAll("article.plan");
        Assert.Equal(4, cards.Length);
        Assert.Single(document.QuerySelectorAll("article.plan.stale"));
        Assert.Single(document.QuerySelectorAll("article.plan.blocked"));
        Assert.Equal(["0 DRAFT", "2 IN_PROGRESS", "1 BLOCKED", "1 DONE", "0 ABANDONED"], document.QuerySelectorAll(".tile.status").Select(t => $"{t.QuerySelector(".count")!.TextContent} {t.QuerySelector(".label")!.TextContent}"));
        Assert.Equal("1", document.QuerySelector(".tile.stale .count")?.TextContent);

        var cache = cards.Single(c => c.QuerySelector("h2")!.TextContent == "Cache the resolver");
        Assert.Equal("width: 50%", cache.QuerySelector(".bar")!.GetAttribute("style"));
        Assert.Equal("1/2 done", cache.QuerySelector(".progress span")!.TextContent);
        Assert.Equal("Next ActionMeasure the speed-up.", cache.QuerySelector(".next")!.TextContent);
        var rows = cache.QuerySelectorAll("table.metrics tr");
        Assert.Equal(BoardMetric.Names, rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal(["met", "na", "missed", "missed"], rows.Select(r => r.ClassName));
        Assert.Equal("target ≥ 80%", rows[3].QuerySelector(".target")!.TextContent);
    }

    [Fact]
    public void An_empty_board_says_no_plans_were_found_in_every_format()
    {
        var board = _plans.Board();

        Assert.Contains("No plans found.", Text(w => BoardTextWriter.Write(board, w)), StringComparison.Ordinal);
        Assert.Contains("No plans found.", Text(w => BoardMarkdownWriter.Write(board, w)), StringComparison.Ordinal);
        Assert.Equal("No plans found.", new HtmlParser().ParseDocument(Text(w => BoardHtmlWriter.Write(board, w))).QuerySelector(".empty")?.TextContent);
        var json = JsonDocument.Parse(Json(board)).RootElement;
        Assert.Equal((0, 0), (json.GetProperty("totals").GetProperty("plans").GetInt32(), json.GetProperty("plans").GetArrayLength()));
    }

    [Fact]
    public void Plan_text_is_encoded_and_a_secret_in_a_title_or_next_action_reaches_no_format()
    {
        var token = string.Concat("gh", "p_", "R8BcQ4t8JbV1eyQjQapBLaHwUc9Rv9xZ2mKq");
        var plan = Plans.Compliant
            .Replace("# PLAN: Demo", $"# PLAN: Demo <script>alert(1)</script> {token}", StringComparison.Ordinal)
            .Replace("Next Action: Run `dotnet test`.", $"Next Action: Export {token} | then <b>run</b>.", StringComparison.Ordinal);
        var board = _plans.ExecPlan("demo", plan).Board();

        var outputs = new[]
        {
            Text(w => BoardTextWriter.Write(board, w)),
            Text(w => BoardMarkdownWriter.Write(board, w)),
            Json(board),
            Text(w => BoardHtmlWriter.Write(board, w)),
        };

        Assert.All(outputs, o => Assert.DoesNotContain("R8BcQ4t8", o, StringComparison.Ordinal));
        var document = new HtmlParser().ParseDocument(outputs[3]);
        Assert.Empty(document.QuerySelectorAll("script, h2 *"));
        Assert.Single(document.QuerySelectorAll(".next b")); // the label; the plan's <b> is text
        Assert.StartsWith("PLAN: Demo <script>alert(1)</script>", document.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Export ", document.QuerySelector(".next")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", outputs[1], StringComparison.Ordinal);
        Assert.Contains("\\| then &lt;b&gt;run&lt;/b&gt;", outputs[1], StringComparison.Ordinal);
    }
}
