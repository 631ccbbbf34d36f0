using ExecPlan.Configuration;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.Structure;
using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>
/// The sections the schema requires only under a condition (Inter-Agent Messages when the plan is multi-agent), added from their
/// templates when the migrated plan meets the condition: a cookbook plan whose Progress items name two owners becomes a multi-agent
/// ExecPlan, and that one needs the section the rule asks for (with placeholders a person fills, never invented messages).
/// </summary>
internal static class ConditionalSections
{
    /// <summary>The migrated text with every conditional section it now requires, each where the schema puts it.</summary>
    public static string Ensure(string path, string text, PlanSchema schema)
    {
        var document = PlanParser.Parse(path, text, schema);
        var context = new PlanContext(document, schema.DefaultLevel, ExecPlanConfig.Default with { Schema = schema }, TimeProvider.System, new RepositoryInfo(null, []));
        var wanted = schema.Sections.Where(s => s.Condition == "multi-agent" && document.Section(s) is null).ToList();
        if (wanted.Count == 0 || MultiAgent.Reason(context) is null)
        {
            return text;
        }

        // One section at a time, each inserted on the text the previous one left (their places are worked out from that text).
        foreach (var section in wanted)
        {
            var current = PlanParser.Parse(path, text, schema);
            var present = current.Sections.Where(s => s.Descriptor is { IsExtra: false }).GroupBy(s => s.Descriptor).Select(g => g.First()).ToList();
            var last = current.Sections.LastOrDefault(s => s.Descriptor is { IsExtra: false });
            text = AppliedFixes.Apply(text, [SectionInsertion.Of(current, section, present, last)]).Text;
        }

        return text;
    }
}
