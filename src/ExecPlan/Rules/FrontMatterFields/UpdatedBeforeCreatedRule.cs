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
        var frontMatter = context.Document.FrontMatter;
        if (frontMatter?[FieldNames.Updated] is { } updated
            && Rfc3339.TryParse(frontMatter.ValueOf(FieldNames.Created), out var createdAt)
            && Rfc3339.TryParse(updated.Value, out var updatedAt)
            && updatedAt < createdAt)
        {
            context.Report(RuleCatalog.UpdatedBeforeCreated, updated.ValueSpan, updated.Value!, frontMatter.ValueOf(FieldNames.Created)!);
        }
    }
}
