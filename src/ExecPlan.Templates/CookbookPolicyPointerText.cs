using ExecPlan.Schema;
using Cookbook = ExecPlan.Schema.Cookbook;

namespace ExecPlan.Templates;

/// <summary>The root `PLANS.md` of a repository of cookbook plans: points at the format guide and states the default level.</summary>
internal static class CookbookPolicyPointerText
{
    /// <summary>The file's Markdown.</summary>
    public static string Render() =>
        $"""
        # Planning policy

        Work in this repository is planned in living execution plans in the cookbook format: one self-contained Markdown
        plan per piece of multi-hour work. The format is described in [{FormatGuideText.FilePath}]({FormatGuideText.FilePath});
        read it before you write or update a plan.

        ## Defaults

        - Format: `{PlanSchemas.Cookbook.Key}`
        - Conformance level: `{TemplateMarkers.Level}`

        `{ConfigText.FileName}` says `schema: {PlanSchemas.Cookbook.Key}` and `level: {TemplateMarkers.Level}`, so that the
        linter checks plans in this format at this level.

        ## Starting a plan

        Run `dotnet new execplan --format {PlanSchemas.Cookbook.Key} -n <task-slug> --level {TemplateMarkers.Level}`. It writes
        `plans/<task-slug>.md` with every section in place and a placeholder in angle brackets wherever you have something
        to write. A cookbook plan has no draft status: every placeholder is an error until you replace it. Keep
        {Cookbook.SectionTitles.Progress}, {Cookbook.SectionTitles.SurprisesAndDiscoveries}, {Cookbook.SectionTitles.DecisionLog} and
        {Cookbook.SectionTitles.OutcomesAndRetrospective} up to date as the work goes on.

        ## Checking plans

        `execplan lint` checks every plan against the format, and so does the build when the ExecPlan.Build package is
        referenced.
        """ + "\n";
}
