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
[ImplementsRule(RuleIds.UnparsablePlan)]
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
    // indentation before it refuses it: a 3,000-deep list took 95 s); any parser exception is a finding,
    // never the end of the run.
    private static (PlanDocument? Document, Diagnostic? Problem) Parse(string displayPath, string text, ExecPlanConfig config)
    {
        var rule = RuleCatalog.UnparsablePlan;
        if (NestingLimit.FirstTooDeepLine(text) is var line and > 0)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"Markdown elements are nested too deeply (more than {NestingLimit.MaxDepth} levels)");
            return (null, new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.At(line, 1), rule.Format(reason)));
        }

        try
        {
            return (PlanParser.Parse(displayPath, text, config.ExtraSections), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Markdig refuses absurdly deep nesting with an exception; that file gets a finding, the run goes on.
            return (null, new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.FileStart, rule.Format(Reason(e))));
        }
    }

    private static string Reason(Exception e) =>
        e.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase)
            ? "Markdown elements are nested too deeply"
            : e.GetType().Name;

    private static ImmutableArray<Diagnostic> ApplyConfig(ImmutableArray<Diagnostic> diagnostics, ExecPlanConfig config) =>
        [.. diagnostics
            .Select(d => config.RuleSeverities.TryGetValue(d.Id, out var severity) ? d with { Severity = severity } : d)
            .Where(d => d.Severity != Severity.Off)];
}
