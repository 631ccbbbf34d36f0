using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Rules.Checks;
using ExecPlan.Rules.Engine;
using ExecPlan.Rules.Structure;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Schema;

/// <summary>The structure checks the generated validator calls: presence, order, duplicates, emptiness, subsections and line fields.</summary>
internal sealed class StructureChecks(PlanContext context) : IStructureChecks
{
    private List<Section>? firstOccurrences;
    private (Section? Section, bool Known) lastSchemaSection;

    private PlanDocument Document => context.Document;

    /// <inheritdoc/>
    public PlanLevel Level => context.Level;

    /// <inheritdoc/>
    public void Required(ImmutableArray<SectionDescriptor> sections, RuleDescriptor must, RuleDescriptor empty, RuleDescriptor should)
    {
        foreach (var section in sections)
        {
            switch (section.At(Level))
            {
                case Requirement.Must:
                    Required(section, must, insert: true);
                    NotEmpty(section, empty);
                    break;
                case Requirement.Should:
                    Required(section, should, insert: false);
                    break;
                default:
                    break;
            }
        }
    }

    private void Required(SectionDescriptor section, RuleDescriptor rule, bool insert)
    {
        if (Document.Section(section) is null && !context.NestedSections.Contains(section))
        {
            var fix = insert ? SectionInsertion.Of(Document, section, FirstOccurrences(), LastSchemaSection()) : null;
            context.Report(rule, rule.DefaultSeverity, WhereMissing(section), fix, RuleArguments.For(rule, ("section", section.Title)));
        }
    }

    /// <inheritdoc/>
    public void RequiredWhen(SectionDescriptor section, string condition, RuleDescriptor rule)
    {
        if (Document.Section(section) is not null)
        {
            return;
        }

        var reason = condition switch
        {
            "multi-agent" => MultiAgent.Reason(context),
            "blocked" => context.Status == PlanStatus.Blocked ? "status is BLOCKED" : null,
            _ => null,
        };
        if (reason is not null)
        {
            context.Report(rule, WhereMissing(section), RuleArguments.For(rule, ("section", section.Title), ("reason", reason)));
        }
    }

    /// <inheritdoc/>
    public void Order(ImmutableArray<SectionDescriptor> schemaOrder, RuleDescriptor rule)
    {
        // The fewest sections to move: those outside a longest run already in schema order (one section written first
        // out of place is one finding, not one for every section after it). Each is told where it goes among the kept, both named
        // by their headings as written (`## Progress Tracking`, after `## Objective`): the plan may have no `## Progress`.
        var present = FirstOccurrences().ToList();
        var kept = SectionOrder.LongestInOrder(present);
        foreach (var section in present.Where(s => !kept.Contains(s)))
        {
            var order = section.Descriptor!.Order;
            var predecessor = present.Where(s => kept.Contains(s) && s.Descriptor!.Order < order).MaxBy(s => s.Descriptor!.Order);
            var successor = present.Where(s => kept.Contains(s) && s.Descriptor!.Order > order).MinBy(s => s.Descriptor!.Order);
            var position = predecessor is not null
                ? $"after '## {predecessor.Heading.Text}'"
                : $"before '## {successor!.Heading.Text}'";
            context.Report(rule, section.Heading.Span, RuleArguments.For(rule, ("section", section.Heading.Text), ("position", position)));
        }
    }

    /// <inheritdoc/>
    public void Duplicates(ImmutableArray<SectionDescriptor> schemaOrder, RuleDescriptor rule)
    {
        var first = new Dictionary<SectionDescriptor, Section>(ReferenceEqualityComparer.Instance);
        foreach (var section in Document.Sections.Where(s => s.Descriptor is { IsExtra: false } && s.Match != SectionMatch.Part))
        {
            if (!first.TryAdd(section.Descriptor!, section))
            {
                var line = first[section.Descriptor!].Heading.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Report(rule, section.Heading.Span, RuleArguments.For(rule, ("heading", section.Heading.Text), ("section", section.Descriptor!.Title), ("line", line)));
            }
        }
    }

    private void NotEmpty(SectionDescriptor section, RuleDescriptor rule)
    {
        if (Document.Section(section) is { HasContent: false } empty)
        {
            var severity = context.IsDraft ? Severity.Warning : rule.DefaultSeverity;
            context.Report(rule, severity, empty.Heading.Span, null, RuleArguments.For(rule, ("section", section.Title)));
        }
    }

    /// <inheritdoc/>
    public void Subsection(SectionDescriptor section, string subsection, RuleDescriptor rule, Severity? severity)
    {
        if (Document.Section(section) is not { } present || IsDraftTemplate(present))
        {
            return;
        }

        var wanted = Fold(subsection);
        if (!present.Subsections.Any(h => Fold(h.Text) == wanted))
        {
            context.Report(rule, severity ?? rule.DefaultSeverity, present.Heading.Span, null, RuleArguments.For(rule, ("section", section.Title), ("subsection", subsection)));
        }
    }

    /// <inheritdoc/>
    public void LineField(SectionDescriptor section, string field, bool nonEmpty, RuleDescriptor rule)
    {
        if (Document.Section(section) is not { } present || IsDraftTemplate(present))
        {
            return;
        }

        var line = present.LineField(field);
        if (line is null)
        {
            context.Report(rule, rule.DefaultSeverity, present.Heading.Span, LineFix(section, present, field), RuleArguments.For(rule, ("field", field), ("section", section.Title)));
        }
        else if (nonEmpty && line.Value.Length == 0)
        {
            context.Report(rule, rule.DefaultSeverity, line.Span, LineFix(section, present, field), RuleArguments.For(rule, ("field", field), ("section", section.Title)));
        }
    }

    // Progress's `Status:` and `Next Action:` lines come from its template; the status is the front matter's when it is valid.
    private PlanFix? LineFix(SectionDescriptor section, Section present, string field)
    {
        if (!ReferenceEquals(context.Schema.Section(SchemaRoles.Progress), section))
        {
            return null;
        }

        var status = string.Equals(context.Schema.LineField(SchemaRoles.Status), field, StringComparison.OrdinalIgnoreCase) ? context.Status?.ToText() : null;
        return LineFieldInsertion.Of(Document, section, present, field, status);
    }

    // A DRAFT section whose body is still only the template's placeholder is not checked for its inner structure yet.
    private bool IsDraftTemplate(Section section) => context.IsDraft && Placeholders.OnlyPlaceholders(Document, section.Body);

    // Once per plan, not once per missing section: a plan of 800,000 headings made each lookup a full scan.
    private List<Section> FirstOccurrences()
    {
        if (firstOccurrences is null)
        {
            var seen = new HashSet<SectionDescriptor>(ReferenceEqualityComparer.Instance);
            firstOccurrences = [.. Document.Sections.Where(s => s.Descriptor is { IsExtra: false } && seen.Add(s.Descriptor))];
        }

        return firstOccurrences;
    }

    // Once per plan, as FirstOccurrences.
    private Section? LastSchemaSection()
    {
        if (!lastSchemaSection.Known)
        {
            lastSchemaSection = (Document.Sections.LastOrDefault(s => s.Descriptor is { IsExtra: false }), true);
        }

        return lastSchemaSection.Section;
    }

    // A missing section is reported where it belongs: at the first present section that comes after it in schema order.
    private SourceSpan WhereMissing(SectionDescriptor section)
    {
        var next = FirstOccurrences().FirstOrDefault(s => s.Descriptor!.Order > section.Order);
        if (next is not null)
        {
            return next.Heading.Span;
        }

        if (LastSchemaSection() is { } last)
        {
            return Document.SpanOf(last.Body.End, last.Body.End);
        }

        return Document.Titles.Length > 0 ? Document.Titles[0].Span : SourceSpan.FileStart;
    }

    private static string Fold(string heading) =>
        heading.Trim().ToLowerInvariant().Replace(" and ", " & ", StringComparison.Ordinal);
}
