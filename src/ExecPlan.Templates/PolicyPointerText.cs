using ExecPlan.Schema.Generated;

namespace ExecPlan.Templates;

/// <summary>The root `PLANS.md`: points at the format guide and states the repository's defaults (level and profile markers).</summary>
internal static class PolicyPointerText
{
    /// <summary>The file's path from the repository root.</summary>
    public const string FileName = ExecPlan.Schema.Generated.RepositoryConventions.PolicyPointer;

    /// <summary>The file's Markdown.</summary>
    public static string Render() =>
        $"""
        # Planning policy

        Work in this repository is planned in ExecPlans: one living Markdown plan per task. The format is described in
        [{FormatGuideText.FilePath}]({FormatGuideText.FilePath}); read it before you write or update a plan.

        ## Defaults

        - Conformance level: `{TemplateMarkers.Level}`
        - Profile: `{TemplateMarkers.Profile}`

        Set `level: {TemplateMarkers.Level}` in `.execplan.yaml` so that the linter checks plans at the same level.

        ## Starting a plan

        Run `dotnet new execplan -n <task-slug> --level {TemplateMarkers.Level} --profile {TemplateMarkers.Profile}`. It writes
        `plans/<yyyy-mm-dd>-<task-slug>-PLAN.md` with status `{TemplateTokens.Status}`, every section in place and a
        placeholder in angle brackets wherever you have something to write. Replace every placeholder, then set the
        status to `{PlanStatus.InProgress.ToText()}` in the front matter, {SectionTitles.Progress} and {SectionTitles.HandoffSummary}.

        ## Checking plans

        `execplan lint` checks every plan against the format, and so does the build when the ExecPlan.Build package is
        referenced. While a plan is `{TemplateTokens.Status}`, its remaining placeholders are only reported as info.
        """ + "\n";
}
