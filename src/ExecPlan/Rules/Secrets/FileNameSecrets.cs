using ExecPlan.Configuration;
using ExecPlan.Diagnostics;
using ExecPlan.Schema.Generated;
using ExecPlan.Secrets;

namespace ExecPlan.Rules.Secrets;

/// <summary>
/// Secrets in the names of the files and folders linted (a token pasted into a file name): each such file gets EXP0701, and
/// the name's secret is redacted in every message of the run. The location of a finding keeps the file's path, since a finding
/// that cannot be found cannot be fixed; only the messages, which may quote other files' paths, are redacted.
/// </summary>
internal sealed class FileNameSecrets
{
    private readonly Dictionary<string, List<Diagnostic>> byFile;

    private FileNameSecrets(Dictionary<string, List<Diagnostic>> byFile, SecretRedaction redaction)
    {
        this.byFile = byFile;
        Redaction = redaction;
    }

    /// <summary>The redaction of every secret found in a name.</summary>
    public SecretRedaction Redaction { get; }

    /// <summary>Scans the paths of <paramref name="files"/> below <paramref name="root"/>, all at once.</summary>
    public static FileNameSecrets Find(IReadOnlyList<string> files, string root, ExecPlanConfig config)
    {
        var byFile = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file);
            var scan = SecretScanner.Default.ScanAll(name);
            if (scan.Matches.Count == 0)
            {
                continue;
            }

            var rule = RuleCatalog.PossibleSecret;
            var severity = config.SeverityOf(rule);
            texts.AddRange(scan.Matches.SelectMany(m => TextSecrets.Forms(name.Substring(m.Offset, m.Length))));
            if (severity != Severity.Off)
            {
                byFile[file] = [.. scan.Matches.Select(m => new Diagnostic(rule, severity, file, SourceSpan.FileStart, rule.Format(m.Kind + " in the file's name", m.Preview(name))))];
            }
        }

        return new FileNameSecrets(byFile, texts.Count == 0 ? SecretRedaction.None : new SecretRedaction(texts));
    }

    /// <summary>The findings for a file whose name holds a secret; empty for every other.</summary>
    public IReadOnlyList<Diagnostic> FindingsFor(string file) => byFile.TryGetValue(file, out var found) ? found : [];
}
