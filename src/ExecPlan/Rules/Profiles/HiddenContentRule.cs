using System.Text.RegularExpressions;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Profiles;

/// <summary>repo-native plans may use `&lt;details&gt;`, but a MUST section's whole content may not hide inside them.</summary>
[ImplementsRule(RuleIds.HiddenRequiredContent)]
internal sealed partial class HiddenContentRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (context.Profile != Profile.RepoNative)
        {
            return;
        }

        var document = context.Document;
        foreach (var section in document.Sections.Where(s => s.Descriptor?.At(context.Level) == Requirement.Must && s.HasContent))
        {
            var body = document.TextOf(section.Body);
            if (Details().IsMatch(body) && string.IsNullOrWhiteSpace(Comment().Replace(Details().Replace(body, string.Empty), string.Empty)))
            {
                context.Report(RuleCatalog.HiddenRequiredContent, section.Heading.Span, section.Descriptor!.Title);
            }
        }
    }

    [GeneratedRegex(@"<details\b[\s\S]*?</details\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Details();

    [GeneratedRegex(@"<!--[\s\S]*?-->", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();
}
