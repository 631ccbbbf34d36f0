using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.FrontMatterFields;

/// <summary>A plan of a format that declares front-matter fields starts with a YAML front matter block.</summary>
[ImplementsRule(RuleIds.MissingFrontMatter)]
internal sealed class FrontMatterPresenceRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Document.FrontMatter is null && context.Document.Schema.HasFrontMatter)
        {
            context.Report(RuleCatalog.MissingFrontMatter, SourceSpan.FileStart);
        }
    }
}
