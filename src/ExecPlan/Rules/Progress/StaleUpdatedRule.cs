using ExecPlan.Fixes;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Text;

namespace ExecPlan.Rules.Progress;

/// <summary>`updated` is at least the newest timestamp in the living sections (the Read-Update loop bumps it).</summary>
[ImplementsRule(RuleIds.StaleUpdated)]
internal sealed class StaleUpdatedRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        if (document.FrontMatterIn(SchemaRoles.Updated) is not { } updated || !Rfc3339.TryParse(updated.Value, out var updatedAt))
        {
            return;
        }

        // A timestamp more than a day ahead is EXP0403's finding, not a reason to bump `updated`.
        var future = context.Clock.GetUtcNow().AddDays(1);
        var newest = context.Timestamps
            .Where(t => t.Kind == TimestampKind.Valid && t.Instant <= future && document.SectionAt(t.Offset)?.Descriptor is { Living: true })
            .MaxBy(t => t.Instant);
        if (newest is { Instant: { } newestAt } && newestAt > updatedAt)
        {
            var text = document.Text.Substring(newest.Offset, newest.Length);
            var bump = ReplacementFix.Of(document, updated.ValueSpan, text, $"Set '{updated.Key}' to {text}");
            context.Report(RuleCatalog.StaleUpdated, RuleCatalog.StaleUpdated.DefaultSeverity, updated.ValueSpan, bump, updated.Value!, text);
        }
    }
}
