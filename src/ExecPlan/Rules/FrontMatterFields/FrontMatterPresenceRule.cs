using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.FrontMatterFields;

/// <summary>A plan starts with a YAML front matter block that parses.</summary>
[ImplementsRule(RuleIds.MissingFrontMatter)]
[ImplementsRule(RuleIds.InvalidFrontMatter)]
internal sealed class FrontMatterPresenceRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        switch (context.Document.FrontMatter)
        {
            case null when context.Document.Schema.HasFrontMatter:
                context.Report(RuleCatalog.MissingFrontMatter, SourceSpan.FileStart);
                break;
            case { Error: { } error }:
                context.Report(RuleCatalog.InvalidFrontMatter, error.Span, error.Message);
                break;
        }
    }
}
