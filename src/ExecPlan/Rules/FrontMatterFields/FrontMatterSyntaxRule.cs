using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.FrontMatterFields;

/// <summary>A front matter block, where a plan has one, is YAML that parses (in every format, required or not).</summary>
[ImplementsRule(RuleIds.InvalidFrontMatter)]
internal sealed class FrontMatterSyntaxRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Document.FrontMatter is { Error: { } error })
        {
            context.Report(RuleCatalog.InvalidFrontMatter, error.Span, error.Message);
        }
    }
}
