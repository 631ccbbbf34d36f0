using System.Collections.Immutable;
using System.Text.Json;
using ExecPlan.Diagnostics;
using ExecPlan.Linting;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Output;

/// <summary>Writes a lint run as SARIF 2.1.0.</summary>
public static class SarifWriter
{
    /// <summary>The base ID that relative artifact URIs hang from.</summary>
    public const string SourceRootId = "%SRCROOT%";

    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    // SARIF is read by tools (code scanning, viewers), not by eye: written without indentation it is about half the size (the
    // nesting of results, locations and fixes made the indentation most of the file), which also keeps large runs under upload limits.
    private static readonly JsonWriterOptions CompactOptions = JsonText.WriterOptions with { Indented = false };

    /// <summary>Writes the run to <paramref name="output"/>; artifact URIs are relative to <paramref name="workingDirectory"/>.</summary>
    public static void Write(LintRun run, Stream output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var report = Open(output, workingDirectory);
        report.WriteRun(run);
    }

    /// <summary>Starts a SARIF report on <paramref name="output"/> that takes the run's findings as they come (see <see cref="IReportWriter"/>); artifact URIs are relative to <paramref name="workingDirectory"/>.</summary>
    public static IReportWriter Open(Stream output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        return new Report(output, Path.GetFullPath(workingDirectory));
    }

    /// <summary>The SARIF level for a severity: info becomes note, off becomes none.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    // `results.FirstTime`: whether the fix is not yet written for the file. One fix that several findings stand on (the whole-document reorder of
    // EXP0204) is written once, on the first of them: applying it settles them all, and repeating the plan's text on each result
    // made the report of a thousand plans half as large again.
    private static void WriteResult(Utf8JsonWriter writer, Diagnostic diagnostic, Func<string, (string Uri, bool UnderRoot)> artifactUri, FileResults results)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        var index = IndexOfRule(diagnostic.Id);
        if (index >= 0)
        {
            writer.WriteNumber("ruleIndex", index);
        }

        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteText("text", diagnostic.Message);
        writer.WriteEndObject();
        var uri = string.IsNullOrEmpty(diagnostic.FilePath) ? default : artifactUri(diagnostic.FilePath);
        if (uri.Uri is not null)
        {
            WriteLocation(writer, diagnostic, uri);
        }

        WriteFingerprint(writer, diagnostic, uri.Uri, results);
        if (diagnostic.BaselineState != BaselineState.None)
        {
            writer.WriteString("baselineState", diagnostic.BaselineState switch
            {
                BaselineState.Unchanged => "unchanged",
                BaselineState.Absent => "absent",
                _ => "new",
            });
        }

        var fixes = diagnostic.Fixes.IsDefaultOrEmpty ? [] : diagnostic.Fixes.Where(results.FirstTime).ToList();
        if (fixes.Count > 0 && !string.IsNullOrEmpty(diagnostic.FilePath))
        {
            WriteFixes(writer, fixes, artifactUri(diagnostic.FilePath));
        }

        if (diagnostic.Suppression is { } suppression)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            var external = suppression.Kind is "config" or Baselines.BaselineMatcher.SuppressionKind;
            writer.WriteString("kind", external ? "external" : "inSource");
            if (suppression.Reason is not null)
            {
                writer.WriteText("justification", suppression.Reason);
            }
            else if (suppression.Kind == Baselines.BaselineMatcher.SuppressionKind)
            {
                writer.WriteString("justification", "in the baseline");
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    // SARIF 2.1.0 §3.55-3.57: each fix is a description and one artifact change of replacements; a replacement's deleted region gives
    // both the character offsets (UTF-16 code units of the text without its byte-order mark) and the lines and columns.
    private static void WriteFixes(Utf8JsonWriter writer, List<Fixes.PlanFix> fixes, (string Uri, bool UnderRoot) uri)
    {
        writer.WriteStartArray("fixes");
        foreach (var fix in fixes)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteText("text", fix.Title);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifactLocation(writer, uri);
            writer.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("deletedRegion");
                writer.WriteNumber("charOffset", edit.Offset);
                writer.WriteNumber("charLength", edit.Length);
                writer.WriteNumber("startLine", edit.Span.Line);
                writer.WriteNumber("startColumn", edit.Span.Column);
                writer.WriteNumber("endLine", edit.Span.EndLine);
                writer.WriteNumber("endColumn", edit.Span.EndColumn);
                writer.WriteEndObject();
                writer.WriteStartObject("insertedContent");
                writer.WriteText("text", edit.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteString("safety", fix.Safety == Fixes.FixSafety.Safe ? "safe" : "unsafe");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, (string Uri, bool UnderRoot) uri)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri.Uri);
        if (uri.UnderRoot)
        {
            writer.WriteString("uriBaseId", SourceRootId);
        }

        writer.WriteEndObject();
    }

    private static int IndexOfRule(string id)
    {
        for (var i = 0; i < RuleCatalog.All.Length; i++)
        {
            if (string.Equals(RuleCatalog.All[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // The file's URI: relative to the source root when it lies inside, else absolute.
    private static (string Uri, bool UnderRoot) ArtifactUri(string filePath, string root)
    {
        var full = Path.GetFullPath(filePath, root);
        return ReportPath.IsInside(full, root)
            ? (string.Join('/', ReportPath.Relative(full, root).Split('/').Select(Uri.EscapeDataString)), true)
            : (new Uri(full).AbsoluteUri, false);
    }

    private static void WriteLocation(Utf8JsonWriter writer, Diagnostic diagnostic, (string Uri, bool UnderRoot) uri)
    {
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, uri);
        if (diagnostic.Span.Line > 0)
        {
            WriteRegion(writer, diagnostic.Span);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    /// <summary>The key of <see cref="FingerprintName"/> in a result's partialFingerprints.</summary>
    public const string FingerprintName = "execplanFinding/v1";

    // SARIF §3.27.17: what identifies a result across commits, so that code scanning tracks one finding as lines move: a hash of
    // the file's URI, the rule, the section and the hash of the finding's line (its anchor; what a baseline keys on), then ':' and
    // how many results of the file had the same hash before it (three identical findings stay three).
    private static void WriteFingerprint(Utf8JsonWriter writer, Diagnostic diagnostic, string? uri, FileResults results)
    {
        var hash = Fnv64.Append(Fnv64.Append(Fnv64.Append(Fnv64.Start, uri), diagnostic.Id), diagnostic.Anchor?.Section);
        hash = Fnv64.Append(hash, diagnostic.Anchor?.LineHash ?? 0);
        Span<char> text = stackalloc char[32];
        hash.TryFormat(text, out var written, "x16", System.Globalization.CultureInfo.InvariantCulture);
        text[written++] = ':';
        results.Occurrence(hash).TryFormat(text[written..], out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintName, text[..(written + digits)]);
        writer.WriteEndObject();
    }

    // What the results of one file share: the fixes already written (a fix several findings stand on is written once, on the
    // first) and how many results came with each fingerprint.
    private sealed class FileResults
    {
        private HashSet<Fixes.PlanFix>? _written;
        private Dictionary<ulong, int>? _occurrences;

        public bool FirstTime(Fixes.PlanFix fix) => (_written ??= new HashSet<Fixes.PlanFix>(ReferenceEqualityComparer.Instance)).Add(fix);

        public int Occurrence(ulong fingerprint)
        {
            _occurrences ??= [];
            var seen = _occurrences.GetValueOrDefault(fingerprint);
            _occurrences[fingerprint] = seen + 1;
            return seen;
        }
    }

    private static void WriteRegion(Utf8JsonWriter writer, SourceSpan span)
    {
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", span.Line);
        writer.WriteNumber("startColumn", Math.Max(1, span.Column));
        writer.WriteNumber("endLine", Math.Max(span.Line, span.EndLine));
        writer.WriteNumber("endColumn", Math.Max(1, span.EndColumn));
        writer.WriteEndObject();
    }

    /// <summary>One SARIF run written as findings come: the tool and its rules, then the results, then the closing brackets.</summary>
    private sealed class Report : IReportWriter
    {
        private readonly Utf8JsonWriter _writer;
        private readonly string _root;
        private readonly Func<string, (string Uri, bool UnderRoot)> _artifactUri;
        private readonly FileResults _runResults = new();

        // Each linted file, the plan format it was read with and its summary, written as the run's artifacts at the end.
        private readonly List<(string Path, string Schema, Metrics.PlanSummary? Summary)> _files = [];

        // A file's findings come together: its URI is worked out once for all of them.
        private string? _lastPath;
        private (string Uri, bool UnderRoot) _lastUri;

        public Report(Stream output, string root)
        {
            _root = root;
            _artifactUri = ArtifactUriOf;
            _writer = new Utf8JsonWriter(output, CompactOptions);
            _writer.WriteStartObject();
            _writer.WriteString("$schema", SchemaUri);
            _writer.WriteString("version", "2.1.0");
            _writer.WriteStartArray("runs");
            _writer.WriteStartObject();
            SarifRules.WriteTool(_writer);
            _writer.WriteStartObject("originalUriBaseIds");
            _writer.WriteStartObject(SourceRootId);
            _writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.WriteString("columnKind", "utf16CodeUnits");
            _writer.WriteStartArray("results");
        }

        public void WriteRunFindings(ImmutableArray<Diagnostic> findings) => WriteResults(findings, _runResults);

        public void WriteFile(FileReport report)
        {
            ArgumentNullException.ThrowIfNull(report);
            WriteResults(report.Diagnostics, new FileResults());
            _files.Add((report.Path, report.Schema, report.Summary));
        }

        public void Finish(LintTotals totals)
        {
            _writer.WriteEndArray();
            WriteArtifacts();
            _writer.WriteEndObject();
            _writer.WriteEndArray();
            _writer.WriteEndObject();
            _writer.Flush();
        }

        public void Dispose() => _writer.Dispose();

        private void WriteResults(ImmutableArray<Diagnostic> findings, FileResults results)
        {
            foreach (var diagnostic in findings)
            {
                if (diagnostic.Severity != Severity.Off)
                {
                    WriteResult(_writer, diagnostic, _artifactUri, results);
                    JsonText.FlushWhenFull(_writer);
                }
            }
        }

        // SARIF's place for what is known of a file: its location, and (properties) the schema it was linted with and its summary.
        private void WriteArtifacts()
        {
            if (_files.Count == 0)
            {
                return;
            }

            _writer.WriteStartArray("artifacts");
            foreach (var (path, schema, summary) in _files)
            {
                var (uri, underRoot) = ArtifactUri(path, _root);
                _writer.WriteStartObject();
                _writer.WriteStartObject("location");
                _writer.WriteString("uri", uri);
                if (underRoot)
                {
                    _writer.WriteString("uriBaseId", SourceRootId);
                }

                _writer.WriteEndObject();
                _writer.WriteStartObject("properties");
                _writer.WriteString("schema", schema);
                if (summary is not null)
                {
                    PlanSummaryJson.Write(_writer, "plan", summary);
                }

                _writer.WriteEndObject();
                _writer.WriteEndObject();
                JsonText.FlushWhenFull(_writer);
            }

            _writer.WriteEndArray();
        }

        private (string Uri, bool UnderRoot) ArtifactUriOf(string filePath)
        {
            if (!string.Equals(filePath, _lastPath, StringComparison.Ordinal))
            {
                _lastUri = ArtifactUri(filePath, _root);
                _lastPath = filePath;
            }

            return _lastUri;
        }
    }
}
