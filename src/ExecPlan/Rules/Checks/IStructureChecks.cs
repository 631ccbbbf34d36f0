using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Schema;

namespace ExecPlan.Rules.Checks;

/// <summary>The primitive structure checks that the generated schema validator calls, per section and level.</summary>
public interface IStructureChecks
{
    /// <summary>The conformance level being checked.</summary>
    PlanLevel Level { get; }

    /// <summary>
    /// Walks <paramref name="sections"/> in schema order with each one's requirement at <see cref="Level"/>: reports <paramref name="must"/>
    /// when a MUST section is absent and <paramref name="empty"/> when it has no content, <paramref name="should"/> when a SHOULD section
    /// is absent.
    /// </summary>
    void Required(ImmutableArray<SectionDescriptor> sections, RuleDescriptor must, RuleDescriptor empty, RuleDescriptor should);

    /// <summary>Reports <paramref name="rule"/> when the condition (multi-agent, blocked) holds and the section is absent.</summary>
    void RequiredWhen(SectionDescriptor section, string condition, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> for schema sections that stand out of <paramref name="schemaOrder"/>.</summary>
    void Order(ImmutableArray<SectionDescriptor> schemaOrder, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> for every repeated schema section.</summary>
    void Duplicates(ImmutableArray<SectionDescriptor> schemaOrder, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> when the present section lacks the H3 subsection; <paramref name="severity"/> overrides the rule's severity at this level when not null.</summary>
    void Subsection(SectionDescriptor section, string subsection, RuleDescriptor rule, Severity? severity);

    /// <summary>Reports <paramref name="rule"/> when the present section lacks a `Name:` line (or it is empty and <paramref name="nonEmpty"/>).</summary>
    void LineField(SectionDescriptor section, string field, bool nonEmpty, RuleDescriptor rule);
}
