using ExecPlan.Diagnostics;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Repository;

/// <summary>Plan files are named as the format's convention says (`repository.plan_files` in the schema file).</summary>
[ImplementsRule(RuleIds.PlanFileName)]
internal sealed class PlanFileNameRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var name = Path.GetFileName(context.Document.Path);
        if (context.Schema.PlanFileName is { } convention && !convention.IsMatch(name))
        {
            context.Report(RuleCatalog.PlanFileName, SourceSpan.FileStart, RuleArguments.For(RuleCatalog.PlanFileName, ("name", name), ("convention", context.Schema.Data.Repository.PlanFileConvention ?? convention.ToString())));
        }
    }

    /// <inheritdoc/>
    internal override bool CanReport(string ruleId, PlanSchema schema) => schema.PlanFileName is not null;
}
