using ExecPlan.Schema;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Progress;

/// <summary>A DONE or ABANDONED plan records its outcomes.</summary>
[ImplementsRule(RuleIds.DoneWithoutOutcomes)]
internal sealed class OutcomesRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Status is not (PlanStatus.Done or PlanStatus.Abandoned))
        {
            return;
        }

        var outcomes = context.Document.SectionIn(SchemaRoles.Outcomes);
        if (outcomes is null)
        {
            return; // Its absence is EXP0202.
        }

        var body = context.Document.TextOf(outcomes.Body).Trim();
        var onlyPlaceholder = Placeholders.Any(context.Document, outcomes.Body) && body.Length < 200 && body.StartsWith('<');
        if (!outcomes.HasContent || onlyPlaceholder)
        {
            context.Report(RuleCatalog.DoneWithoutOutcomes, outcomes.Heading.Span, context.Status.Value.ToText(), outcomes.Descriptor!.Title);
        }
    }
}
