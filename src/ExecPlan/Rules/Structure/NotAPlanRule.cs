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
    /// True when the file has H2 sections and nothing says it is a plan: none of its H2, H3 or extra H1 headings counts as a
    /// section of the format (under its title, an alias or a near miss; the format's extra sections do not count, a milestone
    /// or phase of its own and a heading the configuration allows do), its title lacks the format's prefix (`# PLAN: `), its
    /// name is not a plan's (`PLAN.md`, `cache-PLAN.md`, `EXECPLAN_cache.md`, `ExecPlan.md`, `exec-plan.md`; a lower-case
    /// `-plan.md` is a word) and it has none of the format's front-matter fields. A title with no section yet is a plan still
    /// to be written: its missing sections are reported, with their fixes.
    /// </summary>
    public static bool Is(PlanDocument document)
    {
        if (document.Sections.IsEmpty
            || (document.Schema.Data.TitlePrefix.Length > 0 && document.Titles.Any(t => t.Text.StartsWith(document.Schema.Data.TitlePrefix, StringComparison.Ordinal)))
            || IsPlanName(Path.GetFileName(document.Path)))
        {
            return false;
        }

        foreach (var section in document.Sections)
        {
            if (section.Descriptor is { IsExtra: false } || section.Match is SectionMatch.Configured or SectionMatch.Part)
            {
                return false;
            }
        }

        if (document.FrontMatter is { } frontMatter && document.Schema.Data.FrontMatter.Any(field => frontMatter[field.Name] is not null))
        {
            return false;
        }

        // A section written as an H1 after the title, or one level down (one is enough here: EXP0214 says two or more).
        var binder = document.Schema.Binder;
        return !document.Titles.Skip(1).Concat(document.Sections.SelectMany(s => s.Subsections)).Any(
            heading => binder.Bind(heading.Text, []) is ({ IsExtra: false }, SectionMatch.Exact or SectionMatch.NearMiss or SectionMatch.Part));
    }

    // The names plans are given: `plan.md`, one ending in `PLAN.md` in capitals (`cache-PLAN.md`, `cache_EXECPLAN.md`), one
    // starting `EXECPLAN_` or `EXECPLAN-`, or an ExecPlan's in any spelling (`ExecPlan.md`, `exec-plan.md`); not
    // `execplan-style-guide.md` or `EXECPLANS.md`.
    private static bool IsPlanName(string name) =>
        name.EndsWith("PLAN.md", StringComparison.Ordinal)
        || name.Equals("plan.md", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("EXECPLAN_", StringComparison.Ordinal)
        || name.StartsWith("EXECPLAN-", StringComparison.Ordinal)
        || Path.GetFileNameWithoutExtension(name).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)
            .Equals("execplan", StringComparison.OrdinalIgnoreCase);
}
