using ExecPlan.Output;

namespace ExecPlan.Board;

/// <summary>Writes the board for a terminal: a block of lines per plan, then the repository's totals; control characters in plan text shown escaped.</summary>
public static class BoardTextWriter
{
    /// <summary>Writes <paramref name="board"/> to <paramref name="output"/>.</summary>
    public static void Write(StatusBoard board, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var plan in board.Plans)
        {
            var marks = string.Concat(plan.Blocked ? "  [BLOCKED]" : string.Empty, plan.Stale ? "  [STALE]" : string.Empty, board.MissesTarget(plan) ? "  [BELOW TARGET]" : string.Empty);
            output.WriteLine($"{Plain(plan.Summary.Status ?? StatusNames.None)}  {Plain(BoardText.Name(plan))}{marks}");
            output.WriteLine($"  {Plain(plan.Path)}{(plan.Summary.Id is { } id ? "  id " + Plain(id) : string.Empty)}  ({plan.Schema})");
            var updated = plan.Summary.Updated is { } at ? BoardText.Instant(at) : "-";
            output.WriteLine($"  owner {Plain(plan.Summary.Owner ?? "-")}  updated {updated}  last activity {BoardText.AgeOf(plan)}  progress {BoardText.Progress(plan)}  {BoardText.Count(plan.Errors, "error")}, {BoardText.Count(plan.Warnings, "warning")}");
            output.WriteLine($"  next action: {Plain(plan.Summary.NextAction ?? "-")}");
            foreach (var metric in BoardMetric.Of(board, plan))
            {
                var verdict = metric.Met switch { true => "ok", false => "MISSED", null => "n/a" };
                output.WriteLine($"  {metric.Name,-26} {metric.Value,-12} target {metric.Target,-7} {verdict}");
            }

            output.WriteLine();
        }

        var totals = board.Totals;
        if (totals.Plans == 0)
        {
            output.WriteLine("No plans found.");
            return;
        }

        output.WriteLine($"{BoardText.Count(totals.Plans, "plan")}: {BoardText.StatusCounts(totals)}");
        output.WriteLine($"{totals.Stale} stale (in progress, no update for {BoardText.Age(board.StaleAfter)}), {totals.Blocked} blocked, {totals.BelowTarget} below a metric target");
        output.WriteLine($"External dependencies {totals.ExternalDependencies}; mean acceptance verifiability {MeanText(totals.MeanAcceptanceVerifiability)}; mean evidence coverage {MeanText(totals.MeanEvidenceCoverage)}");
    }

    /// <summary>A mean ratio as a percentage, or `none`.</summary>
    internal static string MeanText(double? mean) => mean is { } value ? BoardText.Percent(value) : "none";

    // Plan text on one line: line breaks and other control characters as visible escapes.
    private static string Plain(string text) => ControlCharacters.Escape(text.ReplaceLineEndings(" "));
}
