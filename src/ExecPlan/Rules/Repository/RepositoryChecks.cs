using System.Collections.Immutable;
using System.Globalization;
using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Repository;
using ExecPlan.Rules.Engine;
using ExecPlan.Rules.Secrets;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Repository;

/// <summary>Checks of the repository around the plans, once per run: the lock file (schema, conflicts, expiry) and the root PLANS.md pointer.</summary>
[ImplementsRule(RuleIds.InvalidLockFile)]
[ImplementsRule(RuleIds.LockConflict)]
[ImplementsRule(RuleIds.LockExpired)]
[ImplementsRule(RuleIds.PlansPointer)]
public static class RepositoryChecks
{
    /// <summary>The findings about the repository at <paramref name="root"/> and what the plans need to know of it.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, RepositoryInfo Repository) Run(string root, ExecPlanConfig config, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(clock);
        var diagnostics = new Findings();
        var owners = ImmutableArray<string>.Empty;
        try
        {
            // The files every format declares (one lock protocol, one pointer name today); each is read once.
            foreach (var lockFile in PlanSchemas.LockFiles)
            {
                owners = [.. owners, .. CheckLocks(Path.Combine(root, lockFile), config, clock, diagnostics)];
            }

            foreach (var policy in PlanSchemas.PolicyFiles)
            {
                CheckPolicy(Path.Combine(root, policy), config, diagnostics);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Add(diagnostics, config, RuleCatalog.InvalidLockFile, root, SourceSpan.FileStart, "the repository could not be read: " + e.GetType().Name);
        }

        // Lock owners, globs and notes are quoted by EXP0902/EXP0903 and by the plans' EXP0210: none may carry a secret.
        var redaction = diagnostics.Redaction;
        return ([.. diagnostics.All().Select(redaction.Apply)], new RepositoryInfo(root, owners) { Redaction = redaction });
    }

    private static ImmutableArray<string> CheckLocks(string path, ExecPlanConfig config, TimeProvider clock, Findings diagnostics)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var (text, problem) = PlanFileReader.Read(path, LockFileParser.MaxLength);
        if (text is null)
        {
            Add(diagnostics, config, RuleCatalog.InvalidLockFile, path, problem?.Span ?? SourceSpan.FileStart, problem is null ? "it cannot be read" : char.ToLowerInvariant(problem.Message[0]) + problem.Message[1..].TrimEnd('.'));
            return [];
        }

        diagnostics.Scan(path, text, config);
        var parsed = LockFileParser.Parse(text);
        foreach (var lockProblem in parsed.Problems)
        {
            Add(diagnostics, config, RuleCatalog.InvalidLockFile, path, SourceSpan.At(lockProblem.Line, lockProblem.Column), lockProblem.Message.TrimEnd('.'));
        }

        var conflicts = LockConflicts.Check(parsed.File);
        foreach (var incomplete in conflicts.Unchecked)
        {
            Add(diagnostics, config, RuleCatalog.InvalidLockFile, path, SourceSpan.At(incomplete.Line, incomplete.Column), incomplete.Message);
        }

        foreach (var conflict in conflicts.Conflicts)
        {
            Add(diagnostics, config, RuleCatalog.LockConflict, path, SourceSpan.At(conflict.Line, conflict.Column), conflict.Owner, conflict.OtherOwner, conflict.Glob, conflict.OtherGlob);
        }

        // LockConflicts lists no more than the cap and only counts the rest; the cap's summary reports them.
        if (conflicts.Unlisted > 0 && diagnostics.Last(RuleIds.LockConflict) is { } last)
        {
            diagnostics.CountUnlisted(last, conflicts.Unlisted);
        }

        foreach (var expired in LockExpiry.Expired(parsed.File, clock.GetUtcNow()))
        {
            Add(diagnostics, config, RuleCatalog.LockExpired, path, SourceSpan.At(expired.Line, expired.Column), expired.Owner ?? "?", expired.ExpiresAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        }

        return [.. parsed.File.Locks.Select(l => l.Owner).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private static void CheckPolicy(string path, ExecPlanConfig config, Findings diagnostics)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var (text, problem) = PlanFileReader.Read(path, config.MaxFileSize);
        if (text is null)
        {
            // A policy pointer that is a pipe, a device, too large or not UTF-8 is reported as any unreadable file is.
            var severity = config.SeverityOf(problem!.Rule);
            if (severity != Severity.Off)
            {
                diagnostics.Add(problem with { Severity = severity });
            }
        }
        // The pointer to the format's guide is the convention of the formats that declare one (a cookbook repository's PLANS.md is its
        // guide); it is this format's pointer only when the names agree.
        else if (diagnostics.Scan(path, text, config)
            && config.SchemaInForce is { PolicyLink: { } link } schema
            && string.Equals(Path.GetFileName(path), schema.Data.Repository.PolicyPointer, StringComparison.Ordinal)
            && !link.IsMatch(text))
        {
            Add(diagnostics, config, RuleCatalog.PlansPointer, path, SourceSpan.FileStart, RuleArguments.For(RuleCatalog.PlansPointer, ("pointer", schema.Data.Repository.PolicyPointer!), ("guide", schema.Data.Repository.FormatGuide!)));
        }
    }

    private static void Add(Findings diagnostics, ExecPlanConfig config, RuleDescriptor rule, string path, SourceSpan span, params string[] arguments)
    {
        var severity = config.SeverityOf(rule);
        if (severity != Severity.Off)
        {
            diagnostics.Add(new Diagnostic(rule, severity, path, span, rule.Format(arguments)));
        }
    }

    /// <summary>The findings of one repository file, capped per rule like a plan's.</summary>
    private sealed class Findings
    {
        private readonly FindingCap cap = new();
        private readonly List<Diagnostic> listed = [];

        public void Add(Diagnostic diagnostic)
        {
            if (cap.Admit(diagnostic))
            {
                listed.Add(diagnostic);
            }
        }

        public SecretRedaction Redaction { get; private set; } = SecretRedaction.None;

        public void CountUnlisted(Diagnostic first, int count) => cap.CountUnlisted(first, count);

        // Reports the file's secrets and keeps their texts for redaction; true, to chain with the file's own check.
        public bool Scan(string path, string text, ExecPlanConfig config)
        {
            var (findings, redaction) = TextSecrets.Scan(path, text, config);
            findings.ForEach(Add);
            Redaction = Redaction.With(redaction);
            return true;
        }

        public Diagnostic? Last(string id) => listed.FindLast(d => d.Id == id);

        public IEnumerable<Diagnostic> All() => listed.Concat(cap.Summaries().Select(s => s.Summary));
    }
}
