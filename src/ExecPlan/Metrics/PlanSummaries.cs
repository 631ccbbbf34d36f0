using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.SelfContainment;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Text;

namespace ExecPlan.Metrics;

/// <summary>Reads a plan's summary and metrics from the model the rules read, by the roles its schema declares (so both formats are read the same way).</summary>
internal static class PlanSummaries
{
    private static readonly string[] LivingRoles = [SchemaRoles.Progress, SchemaRoles.Surprises, SchemaRoles.Decisions];

    /// <summary>The summary of the plan <paramref name="context"/> holds, at the time of its clock.</summary>
    public static PlanSummary Of(PlanContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var schema = document.Schema;
        var progress = document.SectionsIn(SchemaRoles.Progress).ToList();
        var items = progress.SelectMany(s => s.Items).Where(i => i.Checked is not null).ToList();
        var done = items.Count(i => i.Checked == true);
        var open = items.Count - done;

        // The front matter's status when the plan writes one; else what Progress says, as migration reads it.
        var written = document.FrontMatterValueIn(SchemaRoles.Status);
        var derived = string.IsNullOrWhiteSpace(written);
        var status = !derived ? written!.Trim() : (open > 0 ? PlanStatus.InProgress : done > 0 ? PlanStatus.Done : PlanStatus.Draft).ToText();

        var nextAction = schema.LineField(SchemaRoles.NextAction) is { } field
            ? progress.Select(s => s.LineField(field)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            : null;
        nextAction ??= items.Where(i => i.Checked == false).Select(i => FirstLine(document, i.ContentStart)).FirstOrDefault(t => t.Length > 0);

        var updated = Rfc3339.TryParse(document.FrontMatterValueIn(SchemaRoles.Updated), out var at) ? at : (DateTimeOffset?)null;
        return new PlanSummary(
            NonEmpty(document.FrontMatterValueIn(SchemaRoles.Id)),
            document.Titles.Length > 0 ? NonEmpty(document.Titles[0].Text) : null,
            status,
            derived,
            NonEmpty(document.FrontMatterValueIn(SchemaRoles.Owner)),
            updated,
            done,
            items.Count,
            nextAction,
            Metrics(context));
    }

    private static PlanMetrics Metrics(PlanContext context)
    {
        var document = context.Document;
        var schema = document.Schema;

        // A criterion is verifiable with every field its kind declares: the command to run and the output to expect.
        var criteria = document.SectionsIn(SchemaRoles.Acceptance).SelectMany(s => s.Entries).ToList();
        var verifiable = criteria.Count(e => schema.Entry(e.Kind) is { } kind && kind.Fields.Where(f => f.Severity != Diagnostics.Severity.Off).All(f => e.Field(f.Names.AsSpan()) is { Value.Length: > 0 }));

        var claims = document.SectionsIn(SchemaRoles.Decisions).Concat(document.SectionsIn(SchemaRoles.Surprises)).SelectMany(s => s.Entries).ToList();
        var evidence = schema.EntryField(SchemaRoles.Evidence);
        var backed = evidence is null ? 0 : claims.Count(e => e.Field(evidence) is { Value.Length: > 0 });

        // The newest valid timestamp in a living section; one in the future is a finding of its own, not an update.
        var now = context.Clock.GetUtcNow();
        var living = LivingRoles.SelectMany(document.SectionsIn).Select(s => s.Body).ToList();
        DateTimeOffset? last = null;
        foreach (var token in context.Timestamps)
        {
            if (token is { Kind: TimestampKind.Valid, Instant: { } instant } && instant <= now && (last is null || instant > last) && living.Any(b => b.Contains(token.Offset)))
            {
                last = instant;
            }
        }

        return new PlanMetrics(context.ExternalDependencies ?? ExternalUrlRule.Unbacked(document).Count(), criteria.Count, verifiable, claims.Count, backed, last, now - last);
    }

    private static string FirstLine(PlanDocument document, int start)
    {
        var line = document.Lines.LineOf(start);
        var end = document.Lines.LineEnd(line, document.Text);
        return start >= end ? string.Empty : document.Text[start..end].Trim();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
