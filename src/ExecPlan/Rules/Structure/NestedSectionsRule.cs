using ExecPlan.Model;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Structure;

/// <summary>
/// Sections written one level down (`### Progress` under one `## Plan`) are one finding that says so; the structure checks do
/// not also report each of them as missing (see <see cref="NestedSections"/>).
/// </summary>
[ImplementsRule(RuleIds.SectionsNested)]
internal sealed class NestedSectionsRule : PlanRule
{
    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        var nested = context.NestedSections.Found;
        if (nested.Count == 0)
        {
            return;
        }

        var (parent, first) = nested[0];
        var names = string.Join(", ", nested.Take(3).Select(n => "'### " + n.Heading.Text + "'")) + (nested.Count > 3 ? $" and {nested.Count - 3} more" : string.Empty);
        context.Report(RuleCatalog.SectionsNested, first.Span, parent.Heading.Text, names);
    }
}

/// <summary>The schema sections a plan writes as H3 headings while it has no H2 of them (two or more, or it is no accident).</summary>
internal sealed class NestedSections
{
    private const int Least = 2;

    private NestedSections(IReadOnlyList<(Section Parent, Heading Heading)> found, HashSet<SectionDescriptor> sections) =>
        (Found, _sections) = (found, sections);

    private readonly HashSet<SectionDescriptor> _sections;

    /// <summary>Each H3 that binds to a schema section absent at H2, with the H2 it stands under, in file order; empty when fewer than two.</summary>
    public IReadOnlyList<(Section Parent, Heading Heading)> Found { get; }

    /// <summary>Whether the section is written at H3 (and so reported once by EXP0214, not as missing).</summary>
    public bool Contains(SectionDescriptor section) => _sections.Contains(section);

    /// <summary>Finds them once per plan (each H3 text bound once: a plan of a hundred thousand `###` lines stays linear).</summary>
    public static NestedSections Of(PlanDocument document)
    {
        var found = new List<(Section, Heading)>();
        var seen = new HashSet<SectionDescriptor>(ReferenceEqualityComparer.Instance);
        var bound = new Dictionary<string, SectionDescriptor?>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            foreach (var sub in section.Subsections)
            {
                if (!bound.TryGetValue(sub.Text, out var descriptor))
                {
                    descriptor = document.Schema.Binder.Bind(sub.Text, []) is ({ IsExtra: false } schema, SectionMatch.Exact or SectionMatch.NearMiss) ? schema : null;
                    bound[sub.Text] = descriptor;
                }

                if (descriptor is not null && document.Section(descriptor) is null && seen.Add(descriptor))
                {
                    found.Add((section, sub));
                }
            }
        }

        return found.Count >= Least ? new(found, seen) : new([], []);
    }
}
