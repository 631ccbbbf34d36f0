namespace ExecPlan.Rules.Schema;

/// <summary>Runs the generated front-matter validator over a front matter that parsed.</summary>
internal sealed class FrontMatterSchemaRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Document.FrontMatter is { Error: null } frontMatter && context.Document.Schema.Data.ValidateFrontMatter is { } validate)
        {
            validate(new FrontMatterChecks(context, frontMatter));
        }
    }
}
