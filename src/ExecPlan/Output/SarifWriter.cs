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

    /// <summary>Writes the run to <paramref name="output"/>; artifact URIs are relative to <paramref name="workingDirectory"/>.</summary>
    public static void Write(LintRun run, Stream output, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var root = Path.GetFullPath(workingDirectory);
        using var writer = new Utf8JsonWriter(output, JsonText.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        SarifRules.WriteTool(writer);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(SourceRootId);
        writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteStartArray("results");
        var uris = new Dictionary<string, (string Uri, bool UnderRoot)>(StringComparer.Ordinal);
        foreach (var diagnostic in run.All.Where(d => d.Severity != Severity.Off))
        {
            WriteResult(writer, diagnostic, root, uris);
            JsonText.FlushWhenFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The SARIF level for a severity: info becomes note, off becomes none.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic diagnostic, string root, Dictionary<string, (string Uri, bool UnderRoot)> uris)
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
        if (!string.IsNullOrEmpty(diagnostic.FilePath))
        {
            WriteLocation(writer, diagnostic, root, uris);
        }

        if (diagnostic.Suppression is { } suppression)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", suppression.Kind == "config" ? "external" : "inSource");
            if (suppression.Reason is not null)
            {
                writer.WriteText("justification", suppression.Reason);
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
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

    private static void WriteLocation(Utf8JsonWriter writer, Diagnostic diagnostic, string root, Dictionary<string, (string Uri, bool UnderRoot)> uris)
    {
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        if (!uris.TryGetValue(diagnostic.FilePath, out var uri))
        {
            uri = ArtifactUri(diagnostic.FilePath, root);
            uris[diagnostic.FilePath] = uri;
        }

        writer.WriteString("uri", uri.Uri);
        if (uri.UnderRoot)
        {
            writer.WriteString("uriBaseId", SourceRootId);
        }

        writer.WriteEndObject();
        if (diagnostic.Span.Line > 0)
        {
            WriteRegion(writer, diagnostic.Span);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
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
}
