using System.Text.Json;
using ExecPlan.Output;

namespace ExecPlan.Board;

/// <summary>
/// Writes the board as JSON: `{"version", "generatedAt", "staleAfterSeconds", "targets", "totals", "plans"}`, each plan
/// `{"path", "schema", "plan", "lastActivity", "ageSeconds", "stale", "blocked", "belowTarget", "errors", "warnings"}` where
/// `plan` is the object the lint report's `files[].plan` holds. Every field is described in docs/status.md.
/// </summary>
public static class BoardJsonWriter
{
    /// <summary>The board format's version; bumped only for breaking changes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes <paramref name="board"/> to <paramref name="output"/> as UTF-8 JSON, without a final line break.</summary>
    public static void Write(StatusBoard board, Stream output)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("version", FormatVersion);
        writer.WriteString("generatedAt", BoardText.Instant(board.Now));
        writer.WriteNumber("staleAfterSeconds", (long)board.StaleAfter.TotalSeconds);

        var targets = board.Targets;
        writer.WriteStartObject("targets");
        writer.WriteNumber("externalDependencies", targets.ExternalDependencies);
        writer.WriteNumber("acceptanceVerifiability", targets.AcceptanceVerifiability);
        writer.WriteNumber("livingFreshnessSeconds", (long)targets.LivingFreshness.TotalSeconds);
        writer.WriteNumber("evidenceCoverage", targets.EvidenceCoverage);
        writer.WriteEndObject();

        var totals = board.Totals;
        writer.WriteStartObject("totals");
        writer.WriteNumber("plans", totals.Plans);
        writer.WriteStartObject("byStatus");
        foreach (var (status, count) in totals.ByStatus)
        {
            writer.WriteNumber(JsonText.Clean(status), count);
        }

        writer.WriteEndObject();
        writer.WriteNumber("stale", totals.Stale);
        writer.WriteNumber("blocked", totals.Blocked);
        writer.WriteNumber("belowTarget", totals.BelowTarget);
        writer.WriteNumber("externalDependencies", totals.ExternalDependencies);
        Mean(writer, "meanAcceptanceVerifiability", totals.MeanAcceptanceVerifiability);
        Mean(writer, "meanEvidenceCoverage", totals.MeanEvidenceCoverage);
        writer.WriteEndObject();

        writer.WriteStartArray("plans");
        foreach (var plan in board.Plans)
        {
            writer.WriteStartObject();
            writer.WriteText("path", plan.Path);
            writer.WriteString("schema", plan.Schema);
            PlanSummaryJson.Write(writer, "plan", plan.Summary);
            writer.WriteText("lastActivity", plan.LastActivity is { } at ? BoardText.Instant(at) : null);
            if (plan.Age is { } age)
            {
                writer.WriteNumber("ageSeconds", (long)age.TotalSeconds);
            }
            else
            {
                writer.WriteNull("ageSeconds");
            }

            writer.WriteBoolean("stale", plan.Stale);
            writer.WriteBoolean("blocked", plan.Blocked);
            writer.WriteBoolean("belowTarget", board.MissesTarget(plan));
            writer.WriteNumber("errors", plan.Errors);
            writer.WriteNumber("warnings", plan.Warnings);
            writer.WriteEndObject();
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Mean(Utf8JsonWriter writer, string name, double? mean)
    {
        if (mean is { } value)
        {
            writer.WriteNumber(name, Math.Round(value, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
