using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Rules;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Baselines;

/// <summary>
/// Matches a run's findings against its baseline, one finding at a time in the run's order (run findings, then file by file in
/// path order): a finding whose key the baseline still counts is suppressed (kind <see cref="SuppressionKind"/>, state
/// unchanged) and uses one of the count; any other is new. What is left of the counts at the end is stale (EXP0012). It also
/// counts every finding a baseline may hold, so that the same run can write a baseline of today's findings.
/// </summary>
[ImplementsRule(RuleIds.InvalidBaseline)]
[ImplementsRule(RuleIds.StaleBaselineEntry)]
internal sealed class BaselineMatcher
{
    /// <summary>The suppression kind of a finding the baseline holds.</summary>
    public const string SuppressionKind = "baseline";

    private readonly BaselineFile? _read;
    private readonly BaselineFile? _baseline;
    private readonly bool _match;
    private readonly bool _record;
    private readonly string _root;
    private readonly Func<string, string> _redactPath;
    private readonly Dictionary<BaselineKey, int> _remaining = [];
    private readonly Dictionary<BaselineKey, int> _matched = [];
    private readonly Dictionary<BaselineKey, int> _seen = [];
    private readonly HashSet<string> _seenPaths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _incomplete = new(StringComparer.Ordinal);
    private string? _lastPath;
    private string? _lastRelative;

    /// <param name="baseline">The baseline read, or null when there is none.</param>
    /// <param name="match">Whether findings are matched against it (false: only counted, to record a baseline afresh; a lint
    /// without a baseline neither matches nor counts, and costs nothing).</param>
    /// <param name="root">The repository root the baseline's paths are relative to.</param>
    /// <param name="redactPath">The redaction of secrets in file names.</param>
    public BaselineMatcher(BaselineFile? baseline, bool match, string root, Func<string, string> redactPath)
    {
        _read = baseline;
        _baseline = match ? baseline : null;
        _match = match && baseline is not null;
        _record = !match;
        _root = root;
        _redactPath = redactPath;
        foreach (var entry in _baseline?.Entries ?? [])
        {
            _remaining[entry.Key] = entry.Count;
        }

        _heldAsPlans = baseline?.PlansHeld() ?? new HashSet<string>();
    }

    private readonly IReadOnlySet<string> _heldAsPlans;

    /// <summary>Whether the baseline holds the file's findings as a plan's (<see cref="BaselineFile.PlansHeld"/>): it is then linted as a plan.</summary>
    public bool HoldsAsPlan(string path) => _heldAsPlans.Count > 0 && _heldAsPlans.Contains(_redactPath(Output.ReportPath.Relative(path, _root)));

    /// <summary>The findings, each matched (see the class).</summary>
    public ImmutableArray<Diagnostic> Match(ImmutableArray<Diagnostic> findings) =>
        findings.IsDefaultOrEmpty || (!_match && !_record) ? findings : [.. findings.Select(Match)];

    private Diagnostic Match(Diagnostic finding)
    {
        if (!string.IsNullOrEmpty(finding.FilePath))
        {
            var path = RelativePath(finding.FilePath);
            _seenPaths.Add(path);
            if (BaselineFile.LeavesFileUnchecked(finding))
            {
                _incomplete.Add(path);
            }
        }

        if (!BaselineFile.Holds(finding))
        {
            return _match ? finding with { BaselineState = BaselineState.New } : finding;
        }

        var key = new BaselineKey(RelativePath(finding.FilePath), finding.Id, finding.Anchor?.Section ?? string.Empty, finding.Anchor?.LineHashText ?? string.Empty);
        if (_record)
        {
            _seen[key] = _seen.GetValueOrDefault(key) + 1;
            return finding;
        }

        if (_remaining.GetValueOrDefault(key) is var left and > 0)
        {
            _remaining[key] = left - 1;
            _matched[key] = _matched.GetValueOrDefault(key) + 1;
            return finding with { Suppression = new Suppression(SuppressionKind, null, 0), BaselineState = BaselineState.Unchanged };
        }

        return finding with { BaselineState = BaselineState.New };
    }

    // A file's findings come together: its path from the root is worked out once for all of them.
    private string RelativePath(string path)
    {
        if (!ReferenceEquals(path, _lastPath))
        {
            _lastPath = path;
            _lastRelative = _redactPath(Output.ReportPath.Relative(path, _root));
        }

        return _lastRelative!;
    }

    // Whether the run judged the entry's file: it covered the file (linted it, or searched the folder it is in) or had findings
    // of it (a repository file), and checked it completely (a file unread, too large, unparsed, over its time budget or with a
    // failed rule says nothing of its old findings).
    private bool Judged(BaselineEntry entry, Func<string, bool> covered) =>
        !_incomplete.Contains(entry.Key.Path) && (_seenPaths.Contains(entry.Key.Path) || covered(Path.Combine(_root, entry.Key.Path)));

    /// <summary>
    /// The entries the run judged and did not use up, one EXP0012 each at its line of the baseline file
    /// (<paramref name="baselinePath"/>); <paramref name="covered"/> says whether the run covered a file (by its full path).
    /// </summary>
    public ImmutableArray<Diagnostic> Stale(string baselinePath, Func<string, bool> covered, Severity severity)
    {
        if (_baseline is null || severity == Severity.Off)
        {
            return [];
        }

        var rule = RuleCatalog.StaleBaselineEntry;
        return [.. _baseline.Entries
            .Where(e => _remaining.GetValueOrDefault(e.Key) > 0 && Judged(e, covered))
            .Select(e => new Diagnostic(rule, severity, baselinePath, SourceSpan.At(Math.Max(1, e.Line), 1), rule.Format(_remaining[e.Key].ToString(System.Globalization.CultureInfo.InvariantCulture), e.Key.Rule, e.Key.Path))
            {
                BaselineState = BaselineState.Absent,
            })];
    }

    /// <summary>What the run did with the baseline at <paramref name="path"/>; <paramref name="covered"/> as for <see cref="Stale"/>.</summary>
    public BaselineOutcome Outcome(string path, Func<string, bool> covered) => new(
        path,
        _read,
        _match,
        _seen.Where(s => !_incomplete.Contains(s.Key.Path)).ToImmutableDictionary(),
        _matched.ToImmutableDictionary(),
        [.. (_read?.Entries ?? []).Where(e => !Judged(e, covered))]);
}

/// <summary>What a run did with its baseline: where it is, what it held, and the findings the run had by key.</summary>
/// <param name="Path">The baseline file of the run (as named, or the default at the root), whether or not it exists.</param>
/// <param name="File">The baseline read (null when there is none or it could not be read).</param>
/// <param name="Used">Whether the run matched its findings against <paramref name="File"/>.</param>
/// <param name="Seen">How many findings of each key the run had (every finding a baseline may hold).</param>
/// <param name="Matched">How many findings of each key the baseline matched.</param>
/// <param name="Unjudged">The entries of files the run did not cover (another folder): a baseline written by this run keeps them.</param>
public sealed record BaselineOutcome(
    string Path,
    BaselineFile? File,
    bool Used,
    ImmutableDictionary<BaselineKey, int> Seen,
    ImmutableDictionary<BaselineKey, int> Matched,
    ImmutableArray<BaselineEntry> Unjudged)
{
    /// <summary>A baseline of the run's findings, with the entries of files the run did not cover (what `execplan baseline` writes).</summary>
    public BaselineFile Recorded => BaselineFile.Of(Unjudged.Aggregate(Seen, (counts, e) => counts.SetItem(e.Key, counts.GetValueOrDefault(e.Key) + e.Count)));

    /// <summary>
    /// The baseline read without what no longer matches (what `execplan baseline --prune` writes): each entry of a file the run
    /// covered keeps at most the findings it matched, and no entry is added. Null when the run read no baseline.
    /// </summary>
    public BaselineFile? Pruned => File is null
        ? null
        : BaselineFile.Of(Unjudged.Aggregate(Matched, (counts, e) => counts.SetItem(e.Key, e.Count)));
}
