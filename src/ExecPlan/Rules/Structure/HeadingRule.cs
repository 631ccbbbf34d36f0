using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Structure;

/// <summary>H2 headings are canonical schema titles or allowed extras, and See Also/References close the plan.</summary>
[ImplementsRule(RuleIds.NonCanonicalHeading)]
[ImplementsRule(RuleIds.UnknownSection)]
[ImplementsRule(RuleIds.ReferencesNotLast)]
internal sealed class HeadingRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var sections = context.Document.Sections;
        var lastSchema = -1;
        for (var i = 0; i < sections.Length; i++)
        {
            if (sections[i].Descriptor is { IsExtra: false })
            {
                lastSchema = i;
            }
        }

        // A section with two headings is EXP0205's: renaming either (`## Goals` after `## Objective`) would write the title twice. With
        // EXP0205 turned off the renames are still reported, so that the heading is not left without a word, but with no fix.
        var repeatsReported = !(context.Config.RuleSeverities.TryGetValue(RuleIds.DuplicateSection, out var repeats) && repeats == Severity.Off);
        var headings = new Dictionary<SectionDescriptor, int>(ReferenceEqualityComparer.Instance);
        foreach (var section in sections)
        {
            if (section is { Descriptor: { IsExtra: false } descriptor, Match: not SectionMatch.Part })
            {
                headings[descriptor] = headings.GetValueOrDefault(descriptor) + 1;
            }
        }

        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            var repeated = section.Descriptor is { } bound && headings.GetValueOrDefault(bound) > 1;
            switch (section.Match)
            {
                case SectionMatch.NearMiss when !repeated || !repeatsReported:
                    // A rename that drops a note (`(resolved 2026-04-12)`, or the heading's own words in another script before the
                    // title's note), an anchor (`{#goal}`, `<a id>`) or a comment loses what the author wrote: it is offered, but not
                    // applied without --unsafe-fixes.
                    var note = section.Heading.Text.IndexOfAny(['(', '（', '{', '<']);
                    var canonical = repeated ? null
                        : note < 0
                        ? ReplacementFix.Of(context.Document, section.Heading.TextSpan, section.Descriptor!.Title, $"Write '## {section.Descriptor.Title}'")
                        : ReplacementFix.Of(context.Document, section.Heading.TextSpan, section.Descriptor!.Title, $"Write '## {section.Descriptor.Title}', dropping '{section.Heading.Text}'", FixSafety.Unsafe);
                    context.Report(RuleCatalog.NonCanonicalHeading, RuleCatalog.NonCanonicalHeading.DefaultSeverity, section.Heading.TextSpan, canonical, section.Heading.Text, section.Descriptor!.Title);
                    break;
                case SectionMatch.Unknown:
                    context.Report(RuleCatalog.UnknownSection, section.Heading.Span, section.Heading.Text);
                    break;
            }

            if (section.Descriptor is { Trailing: true } && i < lastSchema)
            {
                var next = sections.Skip(i + 1).First(s => s.Descriptor is { IsExtra: false });
                context.Report(RuleCatalog.ReferencesNotLast, section.Heading.Span, section.Heading.Text, next.Descriptor!.Title);
            }
        }
    }
}
