using ExecPlan.Schema;
using ExecPlan.Text;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.FrontMatterFields;

/// <summary>`updated` is not earlier than `created`.</summary>
[ImplementsRule(RuleIds.UpdatedBeforeCreated)]
internal sealed class UpdatedBeforeCreatedRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        if (document.FrontMatterIn(SchemaRoles.Updated) is { } updated
            && document.FrontMatterValueIn(SchemaRoles.Created) is { } created
            && Rfc3339.TryParse(created, out var createdAt)
            && Rfc3339.TryParse(updated.Value, out var updatedAt)
            && updatedAt < createdAt)
        {
            context.Report(RuleCatalog.UpdatedBeforeCreated, updated.ValueSpan, updated.Value!, created);
        }
    }
}
