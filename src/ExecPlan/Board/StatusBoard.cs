using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Metrics;
using ExecPlan.Output;

namespace ExecPlan.Board;

/// <summary>
/// The status board of a set of plans at one moment: a row per plan (see <see cref="BoardPlan"/>), the targets its metrics are
/// read against and the repository's totals. Built from the lint run's own summaries, so it shows what lint sees.
/// </summary>
/// <param name="Now">The moment ages are measured from (the lint's clock).</param>
/// <param name="StaleAfter">The age past which a plan in progress is stale.</param>
/// <param name="Targets">The metric targets.</param>
/// <param name="Plans">One row per plan, in path order.</param>
public sealed record StatusBoard(DateTimeOffset Now, TimeSpan StaleAfter, MetricTargets Targets, ImmutableArray<BoardPlan> Plans)
{
    /// <summary>The stale age when the configuration sets no `stale_after`: a week without an update.</summary>
    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromDays(7);

    /// <summary>The totals over <see cref="Plans"/>.</summary>
    public BoardTotals Totals => BoardTotalsOf(this);

    /// <summary>
    /// Lints <paramref name="paths"/> with <paramref name="linter"/> (its settings resolve the root, the configuration and the plans,
    /// as for lint) and builds the board; the lint totals say whether the configuration was valid.
    /// </summary>
    public static (StatusBoard Board, LintTotals Totals) Collect(PlanLinter linter, IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(linter);
        ArgumentNullException.ThrowIfNull(paths);
        var settings = linter.Settings;
        var config = LintScope.Resolve(settings, paths.Count == 0 ? "." : paths[0]).Config;
        var now = settings.Clock.GetUtcNow();
        var staleAfter = config.StaleAfter ?? DefaultStaleAfter;
        var rows = ImmutableArray.CreateBuilder<BoardPlan>();
        var totals = linter.Lint(paths, report => rows.AddRange(Row(report, settings.WorkingDirectory, now, staleAfter)), null, cancellationToken);
        return (new StatusBoard(now, staleAfter, MetricTargets.Of(config.Metrics), rows.ToImmutable()), totals);
    }

    /// <summary>The row of one linted file at <paramref name="now"/>; none for a file that could not be parsed (it has no summary).</summary>
    public static IEnumerable<BoardPlan> Row(FileReport report, string workingDirectory, DateTimeOffset now, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Summary is not { } summary)
        {
            yield break;
        }

        var last = Newest(summary.Updated, summary.Metrics.LastLivingUpdate);
        var age = last is { } at && at <= now ? now - at : (TimeSpan?)null;
        var stale = summary.Status == StatusNames.InProgress && age > staleAfter;
        var active = report.Diagnostics.Where(d => d.IsActive).ToList();
        yield return new BoardPlan(
            ReportPath.Relative(report.Path, workingDirectory),
            report.Schema,
            summary,
            last,
            age,
            stale,
            active.Count(d => d.Severity == Severity.Error),
            active.Count(d => d.Severity == Severity.Warning));
    }

    /// <summary>Whether any metric of <paramref name="plan"/> misses its target (freshness only while the plan is in progress).</summary>
    public bool MissesTarget(BoardPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var metrics = plan.Summary.Metrics;
        return !Targets.MeetsExternalDependencies(metrics)
            || Targets.MeetsAcceptanceVerifiability(metrics) == false
            || Targets.MeetsEvidenceCoverage(metrics) == false
            || (plan.Active && Targets.MeetsLivingFreshness(metrics) == false);
    }

    private static DateTimeOffset? Newest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static BoardTotals BoardTotalsOf(StatusBoard board)
    {
        var plans = board.Plans;
        var counts = StatusNames.Known.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var others = new List<string>();
        foreach (var status in plans.Select(p => p.Summary.Status ?? StatusNames.None))
        {
            if (!counts.TryAdd(status, 1))
            {
                counts[status]++;
            }
            else
            {
                others.Add(status);
            }
        }

        var byStatus = StatusNames.Known.Concat(others).Select(s => KeyValuePair.Create(s, counts[s])).ToImmutableArray();
        return new BoardTotals(
            plans.Length,
            byStatus,
            plans.Count(p => p.Stale),
            plans.Count(p => p.Blocked),
            plans.Sum(p => p.Summary.Metrics.ExternalDependencies),
            Mean(plans.Select(p => p.Summary.Metrics.AcceptanceVerifiability)),
            Mean(plans.Select(p => p.Summary.Metrics.EvidenceCoverage)),
            plans.Count(board.MissesTarget));
    }

    private static double? Mean(IEnumerable<double?> ratios)
    {
        var known = ratios.OfType<double>().ToList();
        return known.Count == 0 ? null : known.Average();
    }
}
