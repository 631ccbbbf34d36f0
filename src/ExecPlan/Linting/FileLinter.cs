using System.Collections.Immutable;
using System.Globalization;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Linting;

/// <summary>Lints one file: read, parse once, run the rules. Holds nothing after it returns but the findings.</summary>
[ImplementsRule(RuleIds.NestingTooDeep)]
internal static class FileLinter
{
    /// <summary>The findings for the file, and its front-matter id when it has one (for EXP0109).</summary>
    public static (FileReport Report, string? Id, SourceSpan IdSpan) Lint(string path, string displayPath, ExecPlanConfig config, ConformanceLevel level, TimeProvider clock, RepositoryInfo repository, CancellationToken cancellationToken)
    {
        var (text, problem) = PlanFileReader.Read(path, config.MaxFileSize);
        if (text is null)
        {
            var diagnostics = problem is null ? [] : ImmutableArray.Create(problem with { FilePath = displayPath });
            return (new FileReport(displayPath, ApplyConfig(diagnostics, config)), null, default);
        }

        return LintText(displayPath, text, config, level, clock, repository, cancellationToken);
    }

    /// <summary>Lints text already in memory (tests, editors).</summary>
    public static (FileReport Report, string? Id, SourceSpan IdSpan) LintText(string displayPath, string text, ExecPlanConfig config, ConformanceLevel level, TimeProvider clock, RepositoryInfo repository, CancellationToken cancellationToken)
    {
        var (document, problem) = Parse(displayPath, text, config);
        if (document is null)
        {
            return (new FileReport(displayPath, ApplyConfig([problem!], config)), null, default);
        }

        var context = new PlanContext(document, level, config, clock, repository);
        var diagnostics = RuleRunner.Run(context, cancellationToken: cancellationToken);
        var id = document.FrontMatter?[FieldNames.Id];
        return (new FileReport(displayPath, diagnostics), id?.Value, id?.ValueSpan ?? default);
    }

    // Deep nesting is refused before Markdig sees it (Markdig spends time quadratic in the depth of
    // indentation before it refuses it); any parser exception is a finding, never the end of the run.
    private static (PlanDocument? Document, Diagnostic? Problem) Parse(string displayPath, string text, ExecPlanConfig config)
    {
        var tooDeep = RuleCatalog.NestingTooDeep;
        var limit = NestingLimit.MaxDepth.ToString(CultureInfo.InvariantCulture);
        if (NestingLimit.FirstTooDeepLine(text) is var line and > 0)
        {
            return (null, new(tooDeep, tooDeep.DefaultSeverity, displayPath, SourceSpan.At(line, 1), tooDeep.Format(limit)));
        }

        try
        {
            return (PlanParser.Parse(displayPath, text, config.ExtraSections), null);
        }
        catch (ArgumentException e) when (e.Source == "Markdig")
        {
            // Markdig's own depth limit: inline nesting such as 50,000 '[' is found only by Markdig.
            return (null, new(tooDeep, tooDeep.DefaultSeverity, displayPath, SourceSpan.FileStart, tooDeep.Format(limit)));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var failure = RuleCatalog.RuleFailure;
            return (null, new(failure, failure.DefaultSeverity, displayPath, SourceSpan.FileStart, failure.Format("parser", e.GetType().Name)));
        }
    }

    private static ImmutableArray<Diagnostic> ApplyConfig(ImmutableArray<Diagnostic> diagnostics, ExecPlanConfig config) =>
        [.. diagnostics
            .Select(d => config.RuleSeverities.TryGetValue(d.Id, out var severity) ? d with { Severity = severity } : d)
            .Where(d => d.Severity != Severity.Off)];
}
