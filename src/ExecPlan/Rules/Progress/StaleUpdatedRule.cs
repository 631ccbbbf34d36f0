using ExecPlan.Text;
using System.Text.RegularExpressions;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Progress;

/// <summary>`updated` is at least the newest timestamp in the living sections (the Read-Update loop bumps it).</summary>
[ImplementsRule(RuleIds.StaleUpdated)]
internal sealed partial class StaleUpdatedRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var document = context.Document;
        if (document.FrontMatter?[FieldNames.Updated] is not { } updated || !Rfc3339.TryParse(updated.Value, out var updatedAt))
        {
            return;
        }

        (DateTimeOffset At, string Text)? newest = null;
        foreach (var section in document.Sections.Where(s => s.Descriptor is { Living: true }))
        {
            foreach (var match in Candidate().EnumerateMatches(document.Text.AsSpan(section.Body.Start, section.Body.Length)))
            {
                var start = section.Body.Start + match.Index;
                var text = document.Text.Substring(start, match.Length);
                if (!document.Code.Contains(start) && Rfc3339.TryParse(text, out var at) && at <= context.Clock.GetUtcNow().AddDays(1) && (newest is null || at > newest.Value.At))
                {
                    newest = (at, text);
                }
            }
        }

        if (newest is { } found && found.At > updatedAt)
        {
            context.Report(RuleCatalog.StaleUpdated, RuleCatalog.StaleUpdated.DefaultSeverity, updated.ValueSpan, found.Text, updated.Value!, found.Text);
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Candidate();
}
