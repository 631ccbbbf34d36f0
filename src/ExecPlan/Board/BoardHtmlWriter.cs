using System.Globalization;
using System.Net;
using ExecPlan.Output;

namespace ExecPlan.Board;

/// <summary>
/// Writes the board as one self-contained HTML page (the style inlined, nothing fetched, no script): the counts by status, then a
/// card per plan with its progress bar, Next Action and metrics against their targets; stale and blocked plans stand out. Every
/// text a plan's author wrote is HTML-encoded.
/// </summary>
public static class BoardHtmlWriter
{
    /// <summary>Writes <paramref name="board"/> to <paramref name="output"/>.</summary>
    public static void Write(StatusBoard board, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(output);
        var totals = board.Totals;
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<title>ExecPlan status</title>");
        output.WriteLine("<style>");
        output.WriteLine(BoardHtmlStyle.Css);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<h1>ExecPlan status</h1>");
        output.WriteLine($"<p class=\"when\">{BoardText.Count(totals.Plans, "plan")} on {BoardText.Instant(board.Now)}; a plan in progress is stale after {BoardText.Age(board.StaleAfter)} without an update.</p>");
        WriteTotals(board, totals, output);
        if (totals.Plans == 0)
        {
            output.WriteLine("<p class=\"empty\">No plans found.</p>");
        }
        else
        {
            output.WriteLine("<main class=\"plans\">");
            foreach (var plan in board.Plans)
            {
                WritePlan(board, plan, output);
            }

            output.WriteLine("</main>");
        }

        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteTotals(StatusBoard board, BoardTotals totals, TextWriter output)
    {
        output.WriteLine("<section class=\"totals\">");
        output.WriteLine("<div class=\"group\" aria-label=\"Plans by status\">");
        foreach (var (status, count) in totals.ByStatus)
        {
            Tile(output, $"status {StatusClass(status)}{(count == 0 ? " zero" : string.Empty)}", count, status);
        }

        output.WriteLine("</div>");
        output.WriteLine("<div class=\"group attention\" aria-label=\"Plans that need attention\">");
        Tile(output, "alert stale" + (totals.Stale == 0 ? " zero" : string.Empty), totals.Stale, "stale");
        Tile(output, "alert blocked" + (totals.Blocked == 0 ? " zero" : string.Empty), totals.Blocked, "blocked");
        Tile(output, "alert below-target" + (totals.BelowTarget == 0 ? " zero" : string.Empty), totals.BelowTarget, "below a target");
        output.WriteLine("</div>");
        output.WriteLine("</section>");

        var targets = BoardMetric.Targets(board);
        output.WriteLine($"<p class=\"averages\">Mean acceptance verifiability <b>{BoardTextWriter.MeanText(totals.MeanAcceptanceVerifiability)}</b> (target {Encode(targets[1])}) · "
            + $"mean evidence coverage <b>{BoardTextWriter.MeanText(totals.MeanEvidenceCoverage)}</b> (target {Encode(targets[3])}) · "
            + $"external dependencies <b>{totals.ExternalDependencies}</b> (target {Encode(targets[0])} per plan) · living freshness target {Encode(targets[2])} while in progress</p>");
    }

    private static void Tile(TextWriter output, string classes, int count, string label) =>
        output.WriteLine($"<div class=\"tile {classes}\"><span class=\"count\">{count}</span><span class=\"label\">{Encode(label)}</span></div>");

    private static void WritePlan(StatusBoard board, BoardPlan plan, TextWriter output)
    {
        var summary = plan.Summary;
        var status = summary.Status ?? StatusNames.None;
        var classes = string.Concat("plan ", StatusClass(status), plan.Stale ? " stale" : string.Empty, plan.Blocked ? " blocked" : string.Empty);
        output.WriteLine($"<article class=\"{classes}\">");
        output.Write($"<div class=\"flags\"><span class=\"badge\">{Encode(status)}</span>");
        output.Write(plan.Blocked ? " <span class=\"flag blocked\">BLOCKED</span>" : string.Empty);
        output.Write(plan.Stale ? " <span class=\"flag stale\">STALE</span>" : string.Empty);
        output.Write(plan.Errors > 0 ? $" <span class=\"flag findings\">{BoardText.Count(plan.Errors, "lint error")}</span>" : string.Empty);
        output.WriteLine("</div>");
        output.WriteLine($"<h2>{Encode(BoardText.Name(plan))}</h2>");

        var meta = new List<string> { $"<code>{Encode(plan.Path)}</code>" };
        meta.AddRange(summary.Id is { } id ? [$"id {Encode(id)}"] : []);
        meta.Add(summary.Owner is { } owner ? $"owner {Encode(owner)}" : "no owner");
        meta.Add(summary.Updated is { } updated ? $"updated <time datetime=\"{BoardText.Instant(updated)}\">{BoardText.Instant(updated)}</time>" : "no updated time");
        meta.Add($"<span class=\"age\">last activity {BoardText.AgeOf(plan)}</span>");
        output.WriteLine($"<p class=\"meta\">{string.Join(" · ", meta)}</p>");

        var percent = (plan.ProgressRatio ?? 0) * 100;
        output.WriteLine($"<div class=\"progress\"><div class=\"track\" role=\"progressbar\" aria-label=\"Progress\" aria-valuemin=\"0\" aria-valuemax=\"{summary.ProgressTotal}\" aria-valuenow=\"{summary.ProgressDone}\">"
            + $"<div class=\"bar\" style=\"width: {percent.ToString("0.#", CultureInfo.InvariantCulture)}%\"></div></div><span>{BoardText.Progress(plan)} done</span></div>");
        output.WriteLine($"<p class=\"next\"><b>Next Action</b>{Encode(summary.NextAction ?? "none written")}</p>");

        output.WriteLine("<table class=\"metrics\">");
        foreach (var metric in BoardMetric.Of(board, plan))
        {
            var (row, verdict) = metric.Met switch { true => ("met", "✓"), false => ("missed", "✗"), null => ("na", "–") };
            output.WriteLine($"<tr class=\"{row}\"><th scope=\"row\">{Encode(metric.Name)}</th><td class=\"value\">{Encode(metric.Value)}</td><td class=\"target\">target {Encode(metric.Target)}</td><td class=\"verdict\">{verdict}</td></tr>");
        }

        output.WriteLine("</table>");
        output.WriteLine("</article>");
    }

    // A CSS class for a status: the schema's statuses by name, any other as "status-other" (never plan text in a class).
    private static string StatusClass(string status) =>
        StatusNames.Known.Contains(status) ? "status-" + status.ToLowerInvariant().Replace('_', '-') : "status-other";

    // Plan text: control characters shown as escapes, then HTML-encoded.
    private static string Encode(string text) => WebUtility.HtmlEncode(ControlCharacters.Escape(text));
}
