using System.Collections.Concurrent;
using System.Collections.Immutable;
using ExecPlan.Cli.Lsp.Protocol;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// Lints the open documents and publishes what it finds. Every lint covers all open plans, each with its repository (the open ones read
/// from their unsaved text; the others only for their ids, not linted), so that findings across files (a duplicate id, a lock conflict, a
/// configuration error) are current; a burst of changes is linted once, after <see cref="Delay"/>, and a lint under way is cancelled by
/// a newer change. Open documents that are not plans get no findings; files of the repository that are not open (the configuration,
/// the lock file, a later plan whose id an open plan duplicates) get the run's findings.
/// </summary>
/// <param name="documents">The open documents.</param>
/// <param name="publish">Sends one `textDocument/publishDiagnostics`.</param>
/// <param name="clock">The clock the rules compare against.</param>
/// <param name="log">Where failures are told (the client's log: standard error).</param>
internal sealed class DocumentLinter(OpenDocuments documents, Func<PublishDiagnosticsParams, Task> publish, TimeProvider clock, TextWriter log) : IDisposable
{
    private readonly ConcurrentDictionary<string, LintedDocument> _linted = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly object _scheduleLock = new();
    private HashSet<string> _published = new(StringComparer.Ordinal);
    private CancellationTokenSource _pending = new();

    /// <summary>How long a burst of changes is waited out before the lint.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>What the last lint found in the document at its current version, or null when it has not been linted at that version.</summary>
    public LintedDocument? Current(OpenDocument document) =>
        _linted.TryGetValue(document.Uri, out var linted) && linted.Document.Version == document.Version && ReferenceEquals(linted.Document.Text, document.Text) ? linted : null;

    /// <summary>Lints after the delay; a later call (or a newer change) restarts the wait and cancels a lint under way.</summary>
    public void Schedule(TimeSpan? delay = null)
    {
        CancellationToken token;
        lock (_scheduleLock)
        {
            _pending.Cancel();
            _pending.Dispose();
            _pending = new CancellationTokenSource();
            token = _pending.Token;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(delay ?? Delay, token).ConfigureAwait(false);
                await LintAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A newer change scheduled its own lint.
            }
        });
    }

    /// <summary>Lints now (code actions on a document whose last lint is older than its text).</summary>
    public Task LintNowAsync(CancellationToken cancellationToken) => LintAsync(cancellationToken);

    /// <summary>Cancels a lint that waits or runs.</summary>
    public void Dispose()
    {
        lock (_scheduleLock)
        {
            _pending.Cancel();
            _pending.Dispose();
        }

        _gate.Dispose();
    }

    /// <summary>Forgets a closed document and clears its findings.</summary>
    public async Task CloseAsync(string uri)
    {
        _linted.TryRemove(uri, out _);
        await publish(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
    }

    private async Task LintAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var open = documents.All();
            var results = new Dictionary<string, PublishDiagnosticsParams>(StringComparer.Ordinal);
            foreach (var group in Groups(open))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Lint(group, open, results, cancellationToken);
            }

            // Open documents that are not plans (or are no longer) carry nothing; nor do files whose findings went away.
            foreach (var document in open.Where(d => !results.ContainsKey(d.Uri) && _published.Contains(d.Uri)))
            {
                results[document.Uri] = new PublishDiagnosticsParams(document.Uri, document.Version, []);
            }

            foreach (var gone in _published.Where(uri => !results.ContainsKey(uri)))
            {
                results[gone] = new PublishDiagnosticsParams(gone, null, []);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var message in results.Values)
            {
                await publish(message).ConfigureAwait(false);
            }

            _published = [.. results.Values.Where(m => m.Diagnostics.Length > 0).Select(m => m.Uri)];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.WriteLine($"{LspDiagnostics.Source}: the lint failed: {exception.GetType().Name}");
        }
        finally
        {
            _gate.Release();
        }
    }

    // The open plans by the run that lints them: one per repository (the whole repository, the open plans from their text), and
    // one per plan found outside any repository (that plan alone, with the defaults).
    private static IEnumerable<LintGroup> Groups(IReadOnlyList<OpenDocument> open)
    {
        var plans = new List<(OpenDocument Document, PlanStanding Standing)>();
        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in open.Where(d => d.Path is not null))
        {
            var standing = PlanStanding.Resolve(new LintSettings { WorkingDirectory = Path.GetDirectoryName(document.Path!)! }, document.Path!);
            if (standing.IsPlan)
            {
                plans.Add((document, standing));
            }
            else if (string.Equals(Path.GetFileName(document.Path), Configuration.ConfigLoader.FileName, StringComparison.Ordinal) && standing.InRepository)
            {
                // An open configuration file: its repository is linted for the configuration's own findings (as saved).
                configured.Add(standing.Root);
            }
        }

        var groups = plans
            .GroupBy(p => p.Standing.InRepository ? p.Standing.Root : p.Document.Path!, StringComparer.Ordinal)
            .Select(g => new LintGroup(g.Key, g.First().Standing.InRepository, [.. g.Select(p => p.Document)]))
            .ToList();
        return groups.Concat(configured.Where(root => !groups.Any(g => g.Root == root)).Select(root => new LintGroup(root, true, [])));
    }

    private void Lint(LintGroup group, IReadOnlyList<OpenDocument> open, Dictionary<string, PublishDiagnosticsParams> results, CancellationToken cancellationToken)
    {
        var overlays = group.Plans.ToDictionary(d => d.Path!, d => d.Text, StringComparer.Ordinal);
        // Only the open plans are linted; the rest of the repository is read for what findings across files need (their ids).
        var settings = new LintSettings
        {
            WorkingDirectory = group.InRepository ? group.Root : Path.GetDirectoryName(group.Root)!,
            Clock = clock,
            Overlays = overlays,
            Focus = overlays.Keys.ToHashSet(StringComparer.Ordinal),
        };
        List<string> targets = group.InRepository ? [group.Root, .. overlays.Keys] : [group.Root];
        var run = new PlanLinter(settings).Lint(targets, cancellationToken);
        var found = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        var byPath = open.Where(d => d.Path is not null).GroupBy(d => d.Path!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var report in run.Files)
        {
            if (byPath.TryGetValue(report.Path, out var document) && overlays.ContainsKey(report.Path))
            {
                Add(document.Uri, document, report.Diagnostics);
            }
        }

        // Findings of the run itself (configuration, lock file, baseline, the duplicate an open plan makes of a later plan) go to their own files.
        foreach (var file in run.RunDiagnostics.GroupBy(d => Path.GetFullPath(d.FilePath, settings.WorkingDirectory), StringComparer.Ordinal))
        {
            var document = byPath.GetValueOrDefault(file.Key);
            Add(document?.Uri ?? DocumentUri.FromPath(file.Key), document, [.. file]);
        }

        foreach (var plan in group.Plans)
        {
            _linted[plan.Uri] = new LintedDocument(plan, found.TryGetValue(plan.Uri, out var list) ? [.. list] : []);
        }

        void Add(string uri, OpenDocument? document, ImmutableArray<Diagnostic> findings)
        {
            var active = findings.Where(d => d.IsActive).ToImmutableArray();
            if (document is not null && overlays.ContainsKey(document.Path!))
            {
                (found.TryGetValue(uri, out var list) ? list : found[uri] = []).AddRange(active);
            }

            var diagnostics = active.Select(d => LspDiagnostics.Of(d, document));
            results[uri] = results.TryGetValue(uri, out var earlier)
                ? earlier with { Diagnostics = [.. earlier.Diagnostics, .. diagnostics] }
                : new PublishDiagnosticsParams(uri, document?.Version, [.. diagnostics]);
        }
    }

    /// <summary>The open plans one run lints.</summary>
    /// <param name="Root">The repository root, or the plan's own path outside any repository.</param>
    /// <param name="InRepository">Whether the run covers a repository.</param>
    /// <param name="Plans">The open plans it covers.</param>
    private sealed record LintGroup(string Root, bool InRepository, ImmutableArray<OpenDocument> Plans);
}
