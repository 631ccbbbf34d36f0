using System.Globalization;
using System.Text.Json;
using ExecPlan.Metrics;

namespace ExecPlan.Output;

/// <summary>
/// Writes a plan's summary and metrics as one JSON object, the same in the JSON report (each file's `plan`) and in SARIF (each
/// artifact's `properties.plan`): `{"id", "title", "status", "statusDerived", "owner", "updated", "progress": {"done", "total"},
/// "nextAction", "metrics": {"externalDependencies", "acceptanceCriteria", "verifiableCriteria", "acceptanceVerifiability",
/// "claims", "claimsWithEvidence", "evidenceCoverage", "lastLivingUpdate", "livingFreshnessSeconds"}}`. Unknown values are null:
/// a ratio without anything to count, a time the plan never wrote.
/// </summary>
internal static class PlanSummaryJson
{
    /// <summary>Writes <paramref name="summary"/> as the property <paramref name="name"/> of the object being written.</summary>
    public static void Write(Utf8JsonWriter writer, string name, PlanSummary summary)
    {
        writer.WriteStartObject(name);
        writer.WriteText("id", summary.Id);
        writer.WriteText("title", summary.Title);
        writer.WriteText("status", summary.Status);
        writer.WriteBoolean("statusDerived", summary.StatusDerived);
        writer.WriteText("owner", summary.Owner);
        Instant(writer, "updated", summary.Updated);
        writer.WriteStartObject("progress");
        writer.WriteNumber("done", summary.ProgressDone);
        writer.WriteNumber("total", summary.ProgressTotal);
        writer.WriteEndObject();
        writer.WriteText("nextAction", summary.NextAction);

        var metrics = summary.Metrics;
        writer.WriteStartObject("metrics");
        writer.WriteNumber("externalDependencies", metrics.ExternalDependencies);
        writer.WriteNumber("acceptanceCriteria", metrics.AcceptanceCriteria);
        writer.WriteNumber("verifiableCriteria", metrics.VerifiableCriteria);
        Ratio(writer, "acceptanceVerifiability", metrics.AcceptanceVerifiability);
        writer.WriteNumber("claims", metrics.Claims);
        writer.WriteNumber("claimsWithEvidence", metrics.ClaimsWithEvidence);
        Ratio(writer, "evidenceCoverage", metrics.EvidenceCoverage);
        Instant(writer, "lastLivingUpdate", metrics.LastLivingUpdate);
        if (metrics.LivingFreshness is { } freshness)
        {
            writer.WriteNumber("livingFreshnessSeconds", (long)freshness.TotalSeconds);
        }
        else
        {
            writer.WriteNull("livingFreshnessSeconds");
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Ratio(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } ratio)
        {
            writer.WriteNumber(name, Math.Round(ratio, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Instant(Utf8JsonWriter writer, string name, DateTimeOffset? value) =>
        writer.WriteText(name, value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
}
