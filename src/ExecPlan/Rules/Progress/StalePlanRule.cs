using ExecPlan.Schema;
using ExecPlan.Text;
using System.Globalization;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Progress;

/// <summary>An IN_PROGRESS plan whose `updated` is older than the configured age (off unless configured).</summary>
[ImplementsRule(RuleIds.StalePlan)]
internal sealed class StalePlanRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Status != PlanStatus.InProgress
            || context.Config.StaleAfter is not { } limit
            || context.Document.FrontMatterIn(SchemaRoles.Updated) is not { } updated
            || !Rfc3339.TryParse(updated.Value, out var updatedAt))
        {
            return;
        }

        var age = context.Clock.GetUtcNow() - updatedAt;
        if (age > limit)
        {
            // Off by default: a configured age turns it on at warning unless the config says otherwise.
            var severity = context.Config.RuleSeverities.ContainsKey(RuleIds.StalePlan) ? RuleCatalog.StalePlan.DefaultSeverity : Diagnostics.Severity.Warning;
            context.Report(RuleCatalog.StalePlan, severity, updated.ValueSpan, null, Describe(age), Describe(limit));
        }
    }

    private static string Describe(TimeSpan span) => span.TotalDays >= 1
        ? ((int)span.TotalDays).ToString(CultureInfo.InvariantCulture) + "d"
        : ((int)span.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";
}
