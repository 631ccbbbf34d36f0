using System.Text.RegularExpressions;
using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Repository;

/// <summary>Plan files are named `PLAN.md`, `&lt;task-slug&gt;-PLAN.md` or `&lt;yyyy-mm-dd&gt;-&lt;task-slug&gt;-PLAN.md`.</summary>
[ImplementsRule(RuleIds.PlanFileName)]
internal sealed partial class PlanFileNameRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var name = Path.GetFileName(context.Document.Path);
        if (!Recommended().IsMatch(name))
        {
            context.Report(RuleCatalog.PlanFileName, SourceSpan.FileStart, name);
        }
    }

    [GeneratedRegex(@"^(?:PLAN|(?:\d{4}-\d{2}-\d{2}-)?[A-Za-z0-9][A-Za-z0-9._-]*-PLAN)\.md$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Recommended();
}
