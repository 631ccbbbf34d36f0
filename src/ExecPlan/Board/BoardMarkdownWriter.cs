using ExecPlan.Output;

namespace ExecPlan.Board;

/// <summary>
/// Writes the board as Markdown for <c>$GITHUB_STEP_SUMMARY</c> or a pull-request comment: the totals, then a table with a row
/// per plan. Plan text is escaped as the lint summary escapes it (<see cref="MarkdownSummaryWriter.EscapeCell"/>): it can
/// neither break the table nor add markup.
/// </summary>
public static class BoardMarkdownWriter
{
    /// <summary>Writes <paramref name="board"/> to <paramref name="output"/>.</summary>
    public static void Write(StatusBoard board, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(output);
        var totals = board.Totals;
        output.WriteLine("## ExecPlan status");
        output.WriteLine();
        if (totals.Plans == 0)
        {
            output.WriteLine("No plans found.");
            return;
        }

        output.WriteLine($"**{BoardText.Count(totals.Plans, "plan")}**: {BoardText.StatusCounts(totals)}. "
            + $"**{totals.Stale}** stale (in progress, no update for {BoardText.Age(board.StaleAfter)}), **{totals.Blocked}** blocked, **{totals.BelowTarget}** below a metric target. "
            + $"External dependencies: {totals.ExternalDependencies}; mean acceptance verifiability: {BoardTextWriter.MeanText(totals.MeanAcceptanceVerifiability)}; "
            + $"mean evidence coverage: {BoardTextWriter.MeanText(totals.MeanEvidenceCoverage)}.");
        output.WriteLine();
        output.WriteLine("| Plan | Status | Owner | Updated | Progress | Next Action | External deps | Acceptance | Freshness | Evidence |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var plan in board.Plans)
        {
            var summary = plan.Summary;
            var name = Cell(BoardText.Name(plan)) + "<br>" + Cell(plan.Path);
            var status = Cell(summary.Status ?? StatusNames.None) + (plan.Blocked ? " 🛑" : string.Empty) + (plan.Stale ? " **STALE**" : string.Empty);
            var updated = (summary.Updated is { } at ? BoardText.Instant(at) : "-") + "<br>" + BoardText.AgeOf(plan);
            var metrics = BoardMetric.Of(board, plan).Select(m => Cell(m.Value) + (m.Met == false ? " ❌" : string.Empty));
            output.WriteLine($"| {name} | {status} | {Cell(summary.Owner ?? "-")} | {updated} | {BoardText.Progress(plan)} | {Cell(summary.NextAction ?? "-")} | {string.Join(" | ", metrics)} |");
        }

        output.WriteLine();
        var targets = BoardMetric.Targets(board);
        output.WriteLine($"Targets: external dependencies {targets[0]}, acceptance verifiability {targets[1]}, living freshness {targets[2]} while in progress, evidence coverage {targets[3]}; ❌ misses its target.");
    }

    private static string Cell(string text) => MarkdownSummaryWriter.EscapeCell(text);
}
