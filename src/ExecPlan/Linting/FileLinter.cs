using System.Collections.Immutable;
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
        PlanDocument document;
        try
        {
            document = PlanParser.Parse(displayPath, text, config.ExtraSections);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Markdig refuses absurdly deep nesting with an exception; that file gets a finding, the run goes on.
            var rule = RuleCatalog.UnparsablePlan;
            var problem = new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.FileStart, rule.Format(Reason(e)));
            return (new FileReport(displayPath, ApplyConfig([problem], config)), null, default);
        }

        var context = new PlanContext(document, level, config, clock, repository);
        var diagnostics = RuleRunner.Run(context, cancellationToken: cancellationToken);
        var id = document.FrontMatter?[FieldNames.Id];
        return (new FileReport(displayPath, diagnostics), id?.Value, id?.ValueSpan ?? default);
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
