using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;
using ExecPlan.Secrets;
using ExecPlan.Text;

namespace ExecPlan.Rules;

/// <summary>What a rule sees of one plan (model, level, configuration, clock, repository) and where it reports.</summary>
public sealed class PlanContext
{
    /// <summary>The most findings one rule lists per file; the rest are counted into one EXP0010 finding.</summary>
    public const int MaxFindingsPerRule = FindingCap.Limit;

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly FindingCap _cap = new();
    private SecretScan? _secretScan;
    private Rules.Secrets.SecretRedaction? _redaction;
    private IReadOnlyList<TimestampToken>? _timestamps;

    /// <summary>Creates the context for one plan.</summary>
    public PlanContext(PlanDocument document, PlanLevel level, ExecPlanConfig config, TimeProvider clock, RepositoryInfo repository)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Level = level;
        Config = config;
        Clock = clock;
        Repository = repository;
        Status = PlanStatusValues.TryParse(document.FrontMatterValueIn(SchemaRoles.Status), out var status) ? status : null;
        Profile = ProfileValues.TryParse(document.FrontMatterValueIn(SchemaRoles.Profile), out var profile) ? profile : null;
    }

    /// <summary>The parsed plan.</summary>
    public PlanDocument Document { get; }

    /// <summary>The schema the plan is checked against.</summary>
    public PlanSchema Schema => Document.Schema;

    /// <summary>The conformance level in force.</summary>
    public PlanLevel Level { get; }

    /// <summary>The repository's configuration.</summary>
    public ExecPlanConfig Config { get; }

    /// <summary>The clock (tests inject a fixed one).</summary>
    public TimeProvider Clock { get; }

    /// <summary>What the linter knows of the repository around the plan.</summary>
    public RepositoryInfo Repository { get; }

    /// <summary>The front-matter status when valid, else null.</summary>
    public PlanStatus? Status { get; }

    /// <summary>The front-matter profile when valid, else null.</summary>
    public Profile? Profile { get; }

    /// <summary>The possible secrets of the plan, found once (offsets only); every finding is redacted against them.</summary>
    public IReadOnlyList<SecretMatch> Secrets => SecretScan.Matches;

    /// <summary>The secret scan of the plan: its matches, and the patterns that could not finish (EXP0702).</summary>
    public SecretScan SecretScan => _secretScan ??= ScanSecrets();

    /// <summary>The date and date-time tokens of the Markdown body (after the front matter, outside code), scanned once for every rule that needs them.</summary>
    public IReadOnlyList<TimestampToken> Timestamps => _timestamps ??= ScanTimestamps();

    /// <summary>Why the secret scan failed (reported by the secret rule as EXP0004), or null.</summary>
    public Exception? SecretScanFailure { get; private set; }

    /// <summary>The schema sections the plan writes as H3 headings (found once; EXP0214 and the structure checks read them).</summary>
    internal Structure.NestedSections NestedSections => _nested ??= Structure.NestedSections.Of(Document);

    private Structure.NestedSections? _nested;

    /// <summary>
    /// Whether the file is most likely not a plan (none of its sections is the format's) and EXP0215 is on and not suppressed
    /// there: then only the rules that check any file run (<see cref="PlanRule.ChecksAnyFile"/>). Set by the rule runner.
    /// </summary>
    internal bool IsNotAPlan { get; set; }
    private RuleDescriptor? _configuredFor;
    private Severity? _configured;

    /// <summary>The external URLs no snapshot backs, counted by the self-containment rule when it ran (the metrics count them otherwise).</summary>
    internal int? ExternalDependencies { get; set; }

    /// <summary>Whether the plan is a DRAFT (placeholders and empty sections are tolerated).</summary>
    public bool IsDraft => Status == PlanStatus.Draft;

    /// <summary>The findings so far.</summary>
    internal IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Reports a finding at the rule's default severity.</summary>
    public void Report(RuleDescriptor rule, SourceSpan span, params string[] arguments) =>
        Report(rule, rule.DefaultSeverity, span, fix: null, arguments);

    /// <summary>Reports a finding at a severity the rule chose for this case (e.g. info while DRAFT), with its fix when the rule knows one.</summary>
    public void Report(RuleDescriptor rule, Severity severity, SourceSpan span, PlanFix? fix, params string[] arguments) =>
        Report(rule, severity, span, fix, arguments ?? [], null);

    /// <summary>
    /// As above, with the message's arguments made only when the finding is listed (or is the first past the cap): a rule that
    /// reports every one of a hundred thousand entries does not build a hundred thousand messages to keep a hundred.
    /// </summary>
    public void Report(RuleDescriptor rule, Severity severity, SourceSpan span, PlanFix? fix, Func<string[]> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Report(rule, severity, span, fix, null, arguments);
    }

    /// <summary>
    /// As above, for a finding that stands for several places (entries that all lack the same fields): <paramref name="anchor"/>
    /// identifies it for the baseline instead of the line it stands on, which changes as those places are fixed or added.
    /// </summary>
    internal void ReportAnchored(RuleDescriptor rule, Severity severity, SourceSpan span, FindingAnchor anchor, Func<string[]> arguments) =>
        Report(rule, severity, span, null, null, arguments, anchor);

    // The arguments as made, or their maker (exactly one of them).
    private void Report(RuleDescriptor rule, Severity severity, SourceSpan span, PlanFix? fix, string[]? made, Func<string[]>? maker, FindingAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var effective = Effective(rule, severity);
        if (effective == Severity.Off)
        {
            return;
        }

        if (!_cap.HasRoom(rule.Id))
        {
            // Past the cap a finding is only counted: a million of them must not each be formatted.
            CountUnlisted(rule, effective, span, made, maker);
            return;
        }

        Keep(new Diagnostic(rule, effective, Document.Path, span, rule.Format(made ?? maker!())) { Fixes = fix is null ? [] : [fix], Anchor = anchor });
    }

    // The lambdas of the counted findings live in methods of their own: a lambda's captured parameters are gathered into an
    // object as the method holding it starts, and every finding listed would pay for it.
    private void CountUnlisted(RuleDescriptor rule, Severity effective, SourceSpan span, string[]? made, Func<string[]>? maker) =>
        _cap.CountOne(rule.Id, effective, () => new Diagnostic(rule, effective, Document.Path, span, rule.Format(made ?? maker!())), IsSuppressed?.Invoke(rule.Id, span.Line) ?? false);

    private void CountUnlisted(Diagnostic diagnostic) =>
        _cap.CountOne(diagnostic.Id, diagnostic.Severity, () => diagnostic, IsSuppressed?.Invoke(diagnostic.Id, diagnostic.Span.Line) ?? false);

    /// <summary>Adds a finding made elsewhere (engine checks) after applying the configuration.</summary>
    internal void Add(Diagnostic diagnostic)
    {
        var effective = Effective(diagnostic.Rule, diagnostic.Severity);
        if (effective != Severity.Off)
        {
            Keep(diagnostic with { Severity = effective });
        }
    }

    /// <summary>One EXP0010 finding per rule that found more than <see cref="MaxFindingsPerRule"/>, with the first finding it stands for.</summary>
    internal IEnumerable<(Diagnostic Summary, Diagnostic FirstUnlisted)> Unlisted() => _cap.Summaries();

    /// <summary>Whether a finding of a rule is suppressed on a line (set by the rule runner, which reads the comments first).</summary>
    internal Func<string, int, bool>? IsSuppressed { get; set; }

    /// <summary>Whether some finding a rule's EXP0010 summary counts is not suppressed.</summary>
    internal bool HasActiveUnlisted(string id) => _cap.HasActiveUnlisted(id);

    private void Keep(Diagnostic diagnostic)
    {
        if (_cap.HasRoom(diagnostic.Id))
        {
            _cap.Admit(diagnostic);
            _diagnostics.Add(diagnostic);
        }
        else
        {
            CountUnlisted(diagnostic);
        }
    }

    private TimestampToken[] ScanTimestamps()
    {
        // Front-matter timestamps are the field rules' business (EXP0105); code is never scanned for them.
        var text = Document.Text;
        var bodyStart = Document.FrontMatter is not { } frontMatter
            ? 0
            : frontMatter.Span.EndLine < Document.Lines.LineCount ? Document.Lines.LineStart(frontMatter.Span.EndLine + 1) : text.Length;
        var tokens = TimestampScanner.Scan(text, bodyStart, text.Length - bodyStart).Where(t => !Document.Code.Contains(t.Offset));
        return Schema.Timestamps == TimestampForm.ZonedMinutes ? [.. tokens.Select(ZonedMinutes)] : [.. tokens];
    }

    // A zoned time to the minute names an exact minute: the cookbook's native stamp, not an ambiguity in that format. A token
    // still ambiguous there (no zone, a zone name) is wrong only in that, and the spelling offered keeps the plan's own: a
    // space where it wrote one, minutes where it gave no seconds (`10:45 CEST` becomes `10:45+02:00`, not `T10:45:00+02:00`).
    private static TimestampToken ZonedMinutes(TimestampToken token)
    {
        const TimestampAmbiguity native = TimestampAmbiguity.MissingT | TimestampAmbiguity.MissingSeconds;
        if (token.Kind != TimestampKind.Ambiguous)
        {
            return token;
        }

        var rest = token.Ambiguity & ~native;
        return rest == TimestampAmbiguity.None && token.Instant is not null
            ? token with { Kind = TimestampKind.Valid, Ambiguity = TimestampAmbiguity.None, Suggestion = null }
            : token with { Ambiguity = rest, Suggestion = token.Suggestion is { } rfc3339 ? AsWritten(rfc3339, token.Ambiguity) : null };
    }

    // The RFC 3339 spelling `yyyy-MM-ddTHH:mm:ss[.f]zone` with the separator and the seconds as the token had them. A negative
    // offset keeps the seconds: `10:45-07:00` reads as a range of times, `10:45:00-07:00` does not.
    private static string AsWritten(string rfc3339, TimestampAmbiguity ambiguity)
    {
        const int separator = 10, seconds = 16; // the T, and the ':ss' after the minutes
        var spelling = ambiguity.HasFlag(TimestampAmbiguity.MissingSeconds) && rfc3339[^6] != '-' ? rfc3339.Remove(seconds, 3) : rfc3339;
        return ambiguity.HasFlag(TimestampAmbiguity.MissingT) ? string.Concat(spelling.AsSpan(0, separator), " ", spelling.AsSpan(separator + 1)) : spelling;
    }

    /// <summary>The redaction of the plan's secrets: every finding leaving the engine goes through it.</summary>
    internal Rules.Secrets.SecretRedaction Redaction => _redaction ??= Rules.Secrets.TextSecrets.Redaction(Document.Text, SecretScan);

    /// <summary>Hands in a scan made before the plan was parsed (the secret scan runs first, outside the time budget).</summary>
    internal void UseSecretScan(SecretScan scan) => (_secretScan, _redaction) = (scan, null);

    private SecretScan ScanSecrets()
    {
        try
        {
            return SecretScanner.Default.ScanAll(Document.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SecretScanFailure = e;
            return SecretScan.Empty;
        }
    }

    // The configuration sets a rule's severity; a case the rule itself softened (DRAFT) stays no louder than that.
    private Severity Effective(RuleDescriptor rule, Severity requested)
    {
        // A rule reports in bursts (a finding per entry of a long section): its configured severity is looked up once per burst.
        if (!ReferenceEquals(_configuredFor, rule))
        {
            _configured = Config.RuleSeverities.TryGetValue(rule.Id, out var value) ? value : null;
            _configuredFor = rule;
        }

        if (_configured is not { } configured)
        {
            return requested;
        }

        return requested < rule.DefaultSeverity && configured != Severity.Off ? (Severity)Math.Min((int)requested, (int)configured) : configured;
    }
}
