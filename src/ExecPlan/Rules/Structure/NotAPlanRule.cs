using ExecPlan.Model;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Structure;

/// <summary>
/// A file among the plans none of whose sections is one of the format's is one finding that says so; the other rules, but the
/// secret scan and the input checks, do not run over it (see <see cref="NotAPlan"/> and the rule runner).
/// </summary>
[ImplementsRule(RuleIds.NotAPlan)]
internal sealed class NotAPlanRule : PlanRule
{
    private const int Named = 2;

    /// <inheritdoc/>
    internal override bool ChecksAnyFile => true;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        if (!context.IsNotAPlan)
        {
            return;
        }

        var sections = context.Document.Sections;
        var names = string.Join(", ", sections.Take(Named).Select(s => "'## " + s.Heading.Text + "'")) + (sections.Length > Named ? $" and {sections.Length - Named} more" : string.Empty);
        context.Report(RuleCatalog.NotAPlan, sections[0].Heading.Span, names);
    }
}

/// <summary>Whether a plan's file is most likely not a plan at all.</summary>
internal static class NotAPlan
{
    /// <summary>
    /// True when the file has H2 sections and none of them counts as a section of the format (under its title, an alias or a
    /// near miss; extra sections do not count), none is written one level down, and it has none of the format's front-matter
    /// fields. A title with no section yet is a plan still to be written: its missing sections are reported, with their fixes.
    /// </summary>
    public static bool Is(PlanDocument document, Func<bool> hasNestedSections)
    {
        if (document.Sections.IsEmpty)
        {
            return false;
        }

        foreach (var section in document.Sections)
        {
            if (section.Descriptor is { IsExtra: false })
            {
                return false;
            }
        }

        if (document.FrontMatter is { } frontMatter)
        {
            foreach (var field in document.Schema.Data.FrontMatter)
            {
                if (frontMatter[field.Name] is not null)
                {
                    return false;
                }
            }
        }

        return !hasNestedSections();
    }
}
