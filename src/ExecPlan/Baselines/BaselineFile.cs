using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ExecPlan.Diagnostics;
using ExecPlan.Output;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Baselines;

/// <summary>
/// The findings a repository accepted when it turned the linter on (`.execplan-baseline.json`): per plan, rule, section and
/// line hash, how many. A run with a baseline reports only findings beyond those counts. The file holds paths, rule IDs,
/// canonical section titles and hashes, never a plan's text, and is written sorted, one entry per line, so it diffs well.
/// </summary>
public sealed class BaselineFile
{
    /// <summary>The file's name at the repository root unless the configuration or the caller names another.</summary>
    public const string DefaultName = ".execplan-baseline.json";

    /// <summary>The version of the file's format this engine reads and writes.</summary>
    public const int FormatVersion = 1;

    // A baseline of a whole repository's findings is large, not unbounded: 400,000 findings are about 50 MB.
    private const long MaxSize = 256L * 1024 * 1024;

    private BaselineFile(ImmutableArray<BaselineEntry> entries, ulong? sourceHash = null)
    {
        Entries = entries;
        _sourceHash = sourceHash;
    }

    // The hash of the bytes the baseline was read from (null for one made from findings).
    private readonly ulong? _sourceHash;

    /// <summary>
    /// Whether the file at <paramref name="path"/> still holds the bytes this baseline was read from: a command that rewrites the
    /// baseline checks it just before replacing the file, so that it never clobbers a change it did not read. True for a baseline
    /// made from findings when no file is there.
    /// </summary>
    public bool IsUnchangedAt(string path)
    {
        try
        {
            return _sourceHash is { } read ? File.Exists(path) && HashOf(File.ReadAllBytes(path)) == read : !File.Exists(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static ulong HashOf(ReadOnlySpan<byte> bytes) => Fnv64.Append(Fnv64.Start, bytes);

    /// <summary>The entries, sorted by path, rule, section and hash (ordinal), each key once.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>How many findings the entries count.</summary>
    public int Findings => Entries.Sum(e => e.Count);

    /// <summary>
    /// The paths of the files this baseline holds as plans: a finding of theirs that only a plan gets (any but EXP0215 and the
    /// checks that run on any file: secrets, double encoding, suppressions), and no EXP0215. A file recorded before EXP0215 existed
    /// that is most likely not a plan is linted as a plan still (<see cref="Configuration.ExecPlanConfig.ReadAsPlan"/>), against the
    /// findings recorded for it, so that an upgrade does not turn it into one new error.
    /// </summary>
    public IReadOnlySet<string> PlansHeld()
    {
        var notPlans = Entries.Where(e => e.Key.Rule == RuleIds.NotAPlan).Select(e => e.Key.Path).ToHashSet(StringComparer.Ordinal);
        return Entries.Where(e => !AnyFile.Contains(e.Key.Rule) && !notPlans.Contains(e.Key.Path)).Select(e => e.Key.Path).ToHashSet(StringComparer.Ordinal);
    }

    private static readonly HashSet<string> AnyFile = new(StringComparer.Ordinal)
    {
        RuleIds.NotAPlan, RuleIds.PossibleSecret, RuleIds.SecretScanIncomplete, RuleIds.Mojibake, RuleIds.InvalidSuppression,
    };

    /// <summary>
    /// The baseline of <paramref name="findings"/> (those a baseline may hold: see <see cref="Holds"/>), paths relative to
    /// <paramref name="root"/> as <paramref name="redactPath"/> leaves them (a secret in a file's name never reaches the file).
    /// </summary>
    public static BaselineFile Of(IEnumerable<Diagnostic> findings, string root, Func<string, string> redactPath)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(root);
        var counts = new Dictionary<BaselineKey, int>();
        foreach (var finding in findings.Where(Holds))
        {
            var key = BaselineKey.Of(finding, root, redactPath);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return Of(counts);
    }

    /// <summary>A baseline of findings already counted by key.</summary>
    public static BaselineFile Of(IReadOnlyDictionary<BaselineKey, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new BaselineFile([.. counts.Where(c => c.Value > 0).Select(c => new BaselineEntry(c.Key, c.Value, 0))]).Sorted();
    }

    /// <summary>
    /// Whether a baseline may hold the finding: an active finding of a plan or a repository file. Never a leaked secret (it must
    /// be removed and rotated, not accepted), nor a broken configuration or baseline (nothing could be trusted with them).
    /// </summary>
    public static bool Holds(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.IsActive
            && !string.IsNullOrEmpty(finding.FilePath)
            && !finding.Id.StartsWith(SecretCategory, StringComparison.Ordinal)
            && !LeavesFileUnchecked(finding)
            && finding.Id is not (RuleIds.InvalidConfig or RuleIds.InvalidBaseline or RuleIds.StaleBaselineEntry);
    }

    /// <summary>
    /// Whether the finding says its file was not (fully) checked: unreadable, not UTF-8, too large, unparsable, over its time
    /// budget, or a rule failed. Such a finding is never recorded (it would hide the file), and a run that has one says nothing
    /// of the file's old findings: they are neither stale nor pruned.
    /// </summary>
    public static bool LeavesFileUnchecked(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Id is RuleIds.UnreadableFile or RuleIds.InvalidEncoding or RuleIds.FileTooLarge or RuleIds.RuleFailure
            or RuleIds.LintTimeout or RuleIds.UnparsablePlan or RuleIds.SecretScanIncomplete;
    }

    private const string SecretCategory = "EXP07";

    /// <summary>The file's text: stable for the same findings, sorted, one entry per line, ending with a line break.</summary>
    public string ToJson()
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(FormatVersion.ToString(CultureInfo.InvariantCulture)).Append(",\n  \"tool\": \"execplan\",\n  \"entries\": [");
        for (var i = 0; i < Entries.Length; i++)
        {
            var (key, count, _) = Entries[i];
            text.Append(i == 0 ? "\n" : ",\n")
                .Append("    { \"path\": ").Append(Quote(key.Path))
                .Append(", \"rule\": ").Append(Quote(key.Rule))
                .Append(", \"section\": ").Append(Quote(key.Section))
                .Append(", \"hash\": ").Append(Quote(key.Hash))
                .Append(", \"count\": ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" }");
        }

        text.Append(Entries.IsEmpty ? "]\n}\n" : "\n  ]\n}\n");
        return text.ToString();
    }

    // Plain JSON string escaping; non-ASCII text (a section title, a path) stays readable instead of becoming \u escapes.
    // Written by Utf8JsonWriter: no serializer, so nothing to reflect over in a trimmed or ahead-of-time build.
    private static string Quote(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(value.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, QuoteOptions))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static readonly JsonWriterOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads the baseline at <paramref name="path"/>; a file that is missing, unreadable or malformed is an EXP0011 finding located where it goes wrong.</summary>
    public static (BaselineFile? Baseline, Diagnostic? Problem) Load(string path, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, Problem(path, SourceSpan.FileStart, Directory.Exists(path) ? "it is a folder" : "the file does not exist; write it with 'execplan baseline'", severity));
            }

            if (info.Length > MaxSize)
            {
                return (null, Problem(path, SourceSpan.FileStart, string.Create(CultureInfo.InvariantCulture, $"the file is {info.Length:N0} bytes, over the limit of {MaxSize:N0}"), severity));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, Problem(path, SourceSpan.FileStart, $"the file cannot be read ({exception.GetType().Name})", severity));
        }

        return Parse(path, bytes, severity);
    }

    /// <summary>Reads a baseline from its bytes (UTF-8 JSON); <paramref name="path"/> names it in the finding when it is malformed.</summary>
    public static (BaselineFile? Baseline, Diagnostic? Problem) Parse(string path, ReadOnlySpan<byte> bytes, Severity severity)
    {
        var hash = HashOf(bytes);
        var json = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes; // a byte-order mark, as some editors write
        var lines = new ByteLines(json);
        try
        {
            var reader = new BaselineReader(json, lines);
            var entries = reader.Read();
            var merged = entries
                .GroupBy(e => e.Key)
                .Select(g => new BaselineEntry(g.Key, (int)Math.Min(int.MaxValue, g.Sum(e => (long)e.Count)), g.Min(e => e.Line)));
            return (new BaselineFile([.. merged]).Sorted(hash), null);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            var reason = exception is BaselineFormatException ? exception.Message : "it is not valid JSON";
            return (null, Problem(path, SourceSpan.At(line, column), reason, severity));
        }
        catch (InvalidOperationException)
        {
            // Text that is not UTF-8, or an escape that makes no character (a lone surrogate): where is not known.
            return (null, Problem(path, SourceSpan.FileStart, "it holds text that is not valid UTF-8", severity));
        }
    }

    private BaselineFile Sorted(ulong? sourceHash = null) => new(
        [.. Entries
        .OrderBy(e => e.Key.Path, StringComparer.Ordinal)
        .ThenBy(e => e.Key.Rule, StringComparer.Ordinal)
        .ThenBy(e => e.Key.Section, StringComparer.Ordinal)
        .ThenBy(e => e.Key.Hash, StringComparer.Ordinal)],
        sourceHash);

    private static Diagnostic Problem(string path, SourceSpan span, string reason, Severity severity)
    {
        var rule = RuleCatalog.InvalidBaseline;
        return new Diagnostic(rule, severity, path, span, rule.Format(reason));
    }

    // Byte offsets to 1-based lines and columns (columns in bytes: the file is ASCII but for paths and titles).
    private readonly struct ByteLines
    {
        private readonly int[] _starts;

        public ByteLines(ReadOnlySpan<byte> bytes)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            _starts = [.. starts];
        }

        public SourceSpan At(long offset)
        {
            var index = Array.BinarySearch(_starts, (int)offset);
            var line = index >= 0 ? index : ~index - 1;
            return SourceSpan.At(line + 1, (int)offset - _starts[line] + 1);
        }
    }

    private sealed class BaselineFormatException(string message, SourceSpan at) : JsonException(message, null, at.Line - 1, at.Column - 1);

    // The file's grammar: { "version": 1, "entries": [ { "path", "rule", "section", "hash", "count" }, ... ] }; other keys are
    // ignored (a later version may add some), a missing or mistyped one is a finding at the value or object that lacks it.
    private ref struct BaselineReader(ReadOnlySpan<byte> bytes, ByteLines lines)
    {
        private Utf8JsonReader _reader = new(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        public List<BaselineEntry> Read()
        {
            Next();
            Expect(JsonTokenType.StartObject, "the file must hold a JSON object with 'version' and 'entries'");
            var start = Here;
            int? version = null;
            List<BaselineEntry>? entries = null;
            while (Next() == JsonTokenType.PropertyName)
            {
                var name = _reader.GetString();
                Next();
                switch (name)
                {
                    case "version":
                        version = Integer("'version' must be a whole number");
                        if (version != FormatVersion)
                        {
                            throw Fail($"version {version} is not one this linter reads (it reads version {FormatVersion}); write the file again with 'execplan baseline'");
                        }

                        break;
                    case "entries":
                        entries = Entries();
                        break;
                    default:
                        _reader.Skip();
                        break;
                }
            }

            if (version is null || entries is null)
            {
                throw Fail(version is null ? "the object lacks 'version'" : "the object lacks 'entries'", start);
            }

            return entries;
        }

        private List<BaselineEntry> Entries()
        {
            Expect(JsonTokenType.StartArray, "'entries' must be a list");
            var entries = new List<BaselineEntry>();
            while (Next() != JsonTokenType.EndArray)
            {
                Expect(JsonTokenType.StartObject, "each entry must be an object with path, rule, section, hash and count");
                var at = Here;
                string? path = null, rule = null, section = null, hash = null;
                int? count = null;
                while (Next() == JsonTokenType.PropertyName)
                {
                    var name = _reader.GetString();
                    Next();
                    switch (name)
                    {
                        case "path":
                            path = Text("'path' must be text");
                            if (path.Any(char.IsControl) || Path.IsPathRooted(path) || path.Split('/', '\\').Contains(".."))
                            {
                                throw Fail("'path' must be a path under the repository root, as 'execplan baseline' writes it");
                            }

                            break;
                        case "rule": rule = Text("'rule' must be text"); break;
                        case "section": section = Text("'section' must be text"); break;
                        case "hash":
                            hash = Text("'hash' must be text");
                            if (hash.Length != 0 && (hash.Length != 16 || !hash.All(char.IsAsciiHexDigitLower)))
                            {
                                throw Fail("'hash' must be 16 lowercase hexadecimal digits (or empty)");
                            }

                            break;
                        case "count":
                            count = Integer("'count' must be a whole number");
                            if (count < 1)
                            {
                                throw Fail("'count' must be 1 or more");
                            }

                            break;
                        default: _reader.Skip(); break;
                    }
                }

                var missing = new[] { ("path", path is { Length: > 0 }), ("rule", rule is { Length: > 0 }), ("section", section is not null), ("hash", hash is not null), ("count", count is not null) }
                    .Where(f => !f.Item2).Select(f => f.Item1).ToList();
                if (missing.Count > 0)
                {
                    throw Fail($"the entry lacks {string.Join(", ", missing)}", at);
                }

                entries.Add(new BaselineEntry(new BaselineKey(path!, rule!, section!, hash!), count!.Value, at.Line));
            }

            return entries;
        }

        private readonly SourceSpan Here => lines.At(_reader.TokenStartIndex);

        private JsonTokenType Next() => _reader.Read() ? _reader.TokenType : throw Fail("it is not valid JSON");

        private readonly void Expect(JsonTokenType type, string reason)
        {
            if (_reader.TokenType != type)
            {
                throw Fail(reason);
            }
        }

        private readonly string Text(string reason) => _reader.TokenType == JsonTokenType.String ? _reader.GetString()! : throw Fail(reason);

        private readonly int Integer(string reason) =>
            _reader.TokenType == JsonTokenType.Number && _reader.TryGetInt32(out var value) ? value : throw Fail(reason);

        private readonly BaselineFormatException Fail(string reason) => Fail(reason, Here);

        private static BaselineFormatException Fail(string reason, SourceSpan at) => new(reason, at);
    }
}

/// <summary>What identifies a finding across edits: the plan's path from the root ('/' between folders), the rule, the section and the line hash.</summary>
/// <param name="Path">The file's path relative to the repository root.</param>
/// <param name="Rule">The rule ID.</param>
/// <param name="Section">The section (see <see cref="FindingAnchor.Section"/>).</param>
/// <param name="Hash">The line hash, 16 hexadecimal digits, or empty for a finding with no line of a plan read.</param>
public readonly record struct BaselineKey(string Path, string Rule, string Section, string Hash)
{
    /// <summary>The key of a finding of a file under <paramref name="root"/>, its path as <paramref name="redactPath"/> leaves it.</summary>
    public static BaselineKey Of(Diagnostic finding, string root, Func<string, string> redactPath)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(redactPath);
        return new(redactPath(ReportPath.Relative(finding.FilePath, root)), finding.Id, finding.Anchor?.Section ?? string.Empty, finding.Anchor?.LineHashText ?? string.Empty);
    }
}

/// <summary>One entry of a baseline: a key and how many findings it accepts.</summary>
/// <param name="Key">The findings' key.</param>
/// <param name="Count">How many findings of the key are accepted.</param>
/// <param name="Line">The entry's line in the file it was read from (0 for an entry made from findings).</param>
public sealed record BaselineEntry(BaselineKey Key, int Count, int Line);
