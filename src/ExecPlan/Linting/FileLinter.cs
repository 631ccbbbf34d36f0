using ExecPlan.Schema;
using System.Collections.Immutable;
using System.Globalization;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Rules;
using ExecPlan.Rules.Engine;
using ExecPlan.Rules.Secrets;
using ExecPlan.Schema.Generated;
using ExecPlan.Secrets;

namespace ExecPlan.Linting;

/// <summary>Lints one file: read, parse once, run the rules. Holds nothing after it returns but the findings.</summary>
[ImplementsRule(RuleIds.UnparsablePlan)]
internal static class FileLinter
{
    /// <summary>The findings for the file, and its front-matter id when it has one (for EXP0109).</summary>
    public static FileLintResult Lint(string path, string displayPath, ExecPlanConfig config, PlanLevel level, TimeProvider clock, RepositoryInfo repository, CancellationToken cancellationToken) =>
        Lint(path, displayPath, config, level, clock, repository, null, cancellationToken);

    /// <summary>
    /// As above; the secret scan runs first, and <paramref name="scanned"/> gets its findings before the plan is parsed, so a
    /// file that then runs out of time still reports its secrets (the time budget starts again after it: see <see cref="BudgetedLoop{T}"/>).
    /// </summary>
    public static FileLintResult Lint(string path, string displayPath, ExecPlanConfig config, PlanLevel level, TimeProvider clock, RepositoryInfo repository, Action<IReadOnlyList<Diagnostic>>? scanned, CancellationToken cancellationToken) =>
        Lint(PlanFileReader.Read(path, config.MaxFileSize), displayPath, config, level, clock, repository, scanned, cancellationToken);

    /// <summary>As above, for a plan already read (from a file or a stream): its text, or the finding that explains why there is none.</summary>
    public static FileLintResult Lint((string? Text, Diagnostic? Problem) read, string displayPath, ExecPlanConfig config, PlanLevel level, TimeProvider clock, RepositoryInfo repository, Action<IReadOnlyList<Diagnostic>>? scanned, CancellationToken cancellationToken)
    {
        var (text, problem) = read;
        if (text is null)
        {
            var diagnostics = problem is null ? [] : ImmutableArray.Create(problem with { FilePath = displayPath });
            return new FileLintResult(new FileReport(displayPath, ApplyConfig(diagnostics, config)) { Schema = config.SchemaInForce.Key }, null, default, SecretRedaction.None);
        }

        return LintText(displayPath, text, config, level, clock, repository, scanned, cancellationToken);
    }

    /// <summary>
    /// Lints text already in memory, the secret scan first: <paramref name="scanned"/> gets its findings before the plan is parsed
    /// (the fix run's first pass over a plan it read, so that a plan that then runs out of time still reports its secrets).
    /// </summary>
    public static FileLintResult LintText(string displayPath, string text, ExecPlanConfig config, PlanLevel level, TimeProvider clock, RepositoryInfo repository, Action<IReadOnlyList<Diagnostic>>? scanned, CancellationToken cancellationToken)
    {
        SecretScan? scan = null;
        Diagnostic? failure = null;
        try
        {
            scan = SecretScanner.Default.ScanAll(text);
            scanned?.Invoke(SecretRule.Diagnostics(displayPath, text, scan, config));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Never expected: reported as EXP0702, and the clock restarts as after any scan; the rules scan again (EXP0004).
            var rule = RuleCatalog.SecretScanIncomplete;
            failure = new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.FileStart, rule.Format($"the scan failed with {e.GetType().Name}"));
            scanned?.Invoke([failure]);
        }

        return LintText(displayPath, text, config, level, clock, repository, scan, failure, cancellationToken);
    }

    /// <summary>Lints text already in memory (tests, editors).</summary>
    public static FileLintResult LintText(string displayPath, string text, ExecPlanConfig config, PlanLevel level, TimeProvider clock, RepositoryInfo repository, CancellationToken cancellationToken) =>
        LintText(displayPath, text, config, level, clock, repository, null, null, cancellationToken);

    private static FileLintResult LintText(string displayPath, string text, ExecPlanConfig config, PlanLevel level, TimeProvider clock, RepositoryInfo repository, SecretScan? scan, Diagnostic? scanFailure, CancellationToken cancellationToken)
    {
        var (document, problem) = Parse(displayPath, text, config);
        if (document is null)
        {
            // A plan that cannot be parsed still has its secrets reported and kept out of every message.
            var secrets = scan ?? SecretScan.Empty;
            var found = SecretRule.Diagnostics(displayPath, text, secrets, config);
            var failed = scanFailure is null ? ApplyConfig([problem!], config) : ApplyConfig([problem!, scanFailure], config);
            var redaction = TextSecrets.Redaction(text, secrets);
            return new FileLintResult(new FileReport(displayPath, Baselines.FindingAnchors.Attach(RuleRunner.Sort([.. failed, .. found]), text, redaction)) { Schema = config.SchemaInForce.Key }, null, default, redaction);
        }

        var context = new PlanContext(document, level, config, clock, repository);
        if (scan is not null)
        {
            context.UseSecretScan(scan);
        }

        var diagnostics = Baselines.FindingAnchors.Attach(RuleRunner.Run(context, cancellationToken: cancellationToken), document, context.Redaction);
        var id = document.FrontMatterIn(SchemaRoles.Id);
        // A file that is most likely not a plan (EXP0215) has no plan summary: the status board and SARIF's summaries leave it out.
        var summary = context.IsNotAPlan ? null : Metrics.PlanSummaries.Of(context).Redacted(context.Redaction.Redact);
        return new FileLintResult(new FileReport(displayPath, diagnostics) { Schema = document.Schema.Key, Summary = summary }, id?.Value, id?.ValueSpan ?? default, context.Redaction);
    }

    // Deep nesting is refused before Markdig sees it (Markdig spends time quadratic in the depth of
    // indentation before it refuses it: a 3,000-deep list took 95 s); any parser exception is a finding,
    // never the end of the run.
    internal static (PlanDocument? Document, Diagnostic? Problem) Parse(string displayPath, string text, ExecPlanConfig config)
    {
        if (Refusal(displayPath, text, config) is { } refused)
        {
            return (null, refused);
        }

        try
        {
            return (PlanParser.Parse(displayPath, text, config.SchemaInForce, config.ExtraSections), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // Markdig refuses absurdly deep nesting with an exception; that file gets a finding, the run goes on.
            var rule = RuleCatalog.UnparsablePlan;
            return (null, new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.FileStart, rule.Format(Reason(e))));
        }
    }

    /// <summary>
    /// Only the front-matter id of a plan already read, as its lint would find it (a plan of the run whose findings are not
    /// wanted: see <see cref="LintSettings.Focus"/>): no findings, and no id when the plan has none or the lint would refuse it.
    /// </summary>
    public static FileLintResult Identify((string? Text, Diagnostic? Problem) read, string displayPath, ExecPlanConfig config)
    {
        var nothing = new FileLintResult(new FileReport(displayPath, []) { Schema = config.SchemaInForce.Key }, null, default, SecretRedaction.None);
        if (read.Text is not { } text || config.SchemaInForce.FrontMatterField(SchemaRoles.Id) is not { } field || Refusal(displayPath, text, config) is not null)
        {
            return nothing;
        }

        try
        {
            return FrontMatterReader.Read(text, new LineMap(text), out _)?[field] is { } id ? nothing with { Id = id.Value, IdSpan = id.ValueSpan } : nothing;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return nothing; // never expected (the reader turns bad YAML into findings), and the plan's own lint would say so
        }
    }

    // Why the lint refuses to parse a plan (EXP0009), or null: the limits every plan is held to before Markdig sees it.
    private static Diagnostic? Refusal(string displayPath, string text, ExecPlanConfig config)
    {
        var rule = RuleCatalog.UnparsablePlan;
        if (LineLengthLimit.FirstTooLongLine(text) is var longLine and > 0)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"a line is longer than {LineLengthLimit.MaxLength:N0} characters");
            return new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.At(longLine, 1), rule.Format(reason));
        }

        if (NestingLimit.FirstTooDeepLine(text) is var line and > 0)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"Markdown elements are nested too deeply (more than {NestingLimit.MaxDepth} levels)");
            return new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.At(line, 1), rule.Format(reason));
        }

        if (LineCountLimit.FirstLineOverLimit(text, config.MaxFileSize) is var countLine and > 0)
        {
            var size = Configuration.ByteSize.Describe(config.MaxFileSize);
            var reason = string.Create(CultureInfo.InvariantCulture, $"the plan holds more than {LineCountLimit.MaxLines(config.MaxFileSize):N0} non-blank lines, more than any plan of up to max_file_size ({size}) holds");
            return new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.At(countLine, 1), rule.Format(reason));
        }

        if (TableCellLimit.FirstLineOverLimit(text) is var barLine and > 0)
        {
            var reason = string.Create(CultureInfo.InvariantCulture, $"the plan holds more than {TableCellLimit.MaxBars:N0} '|' table bars (tables this large cost the Markdown parser time that grows faster than the table; split it)");
            return new Diagnostic(rule, rule.DefaultSeverity, displayPath, SourceSpan.At(barLine, 1), rule.Format(reason));
        }

        return null;
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
