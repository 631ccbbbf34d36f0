using ExecPlan.Schema;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Evidence;

/// <summary>Validation &amp; Acceptance names at least one command (in backticks or a code block) to verify the work.</summary>
[ImplementsRule(RuleIds.AcceptanceNotVerifiable)]
internal sealed class AcceptanceCommandRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        if (document.SectionIn(SchemaRoles.Acceptance) is not { HasContent: true } section
            || (context.IsDraft && Placeholders.Any(document, section.Body)))
        {
            return;
        }

        if (!document.Code.Overlaps(section.Body.Start, section.Body.End))
        {
            context.Report(RuleCatalog.AcceptanceNotVerifiable, section.Heading.Span, $"'## {section.Descriptor!.Title}' names no command to run; write the verifying commands in backticks or a code block.");
        }
    }
}
