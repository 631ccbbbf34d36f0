using System.Collections.Immutable;

namespace ExecPlan.Schema;

/// <summary>A whole-document template rendered from the schema.</summary>
/// <param name="Name">The template name (standard, minimal, multi-agent).</param>
/// <param name="Description">One line of documentation.</param>
/// <param name="IsAddOn">Whether it is an add-on (sections only, no front matter or title).</param>
/// <param name="SectionKeys">The keys of the sections it holds, in schema order.</param>
/// <param name="Text">The rendered Markdown, with the schema's template tokens in place.</param>
public sealed record TemplateDescriptor(
    string Name,
    string Description,
    bool IsAddOn,
    ImmutableArray<string> SectionKeys,
    string Text);
