using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Progress;

/// <summary>The Progress `Status:` is one of the five statuses and equals the front-matter status.</summary>
[ImplementsRule(RuleIds.InvalidProgressStatus)]
[ImplementsRule(RuleIds.StatusMismatch)]
internal sealed class ProgressStatusRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Document.Schema.LineField(SchemaRoles.Status) is not { } name
            || context.Document.SectionIn(SchemaRoles.Progress)?.LineField(name) is not { Value.Length: > 0 } line
            || Engine.Placeholders.IsPlaceholder(line.Value))
        {
            return;
        }

        if (!PlanStatusValues.TryParse(line.Value, out var status))
        {
            context.Report(RuleCatalog.InvalidProgressStatus, line.ValueSpan, line.Value, string.Join(", ", PlanStatusValues.All));
            return;
        }

        if (context.Status is { } declared && declared != status)
        {
            context.Report(RuleCatalog.StatusMismatch, line.ValueSpan, status.ToText(), declared.ToText());
        }
    }
}
