using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Migration;

/// <summary>One H2 section of a migrated plan: the schema section it is (null when unknown), its heading and its body without blank edges.</summary>
/// <param name="Descriptor">The ExecPlan section, or null for a section the schema does not know.</param>
/// <param name="Heading">The heading text (without `## `).</param>
/// <param name="Body">The body, LF newlines, without leading or trailing blank lines.</param>
/// <param name="Status">For Progress, the plan status its boxes give; null elsewhere.</param>
internal sealed record MigratedSection(SectionDescriptor? Descriptor, string Heading, string Body, PlanStatus? Status);
