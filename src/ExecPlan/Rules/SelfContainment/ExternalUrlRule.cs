using ExecPlan.Schema;
using System.Text.RegularExpressions;
using ExecPlan.Model;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.SelfContainment;

/// <summary>External URLs outside See Also and References are backed by a Research Snapshot whose `Source:` is that URL; local URLs are exempt and code is not scanned.</summary>
[ImplementsRule(RuleIds.ExternalUrlWithoutSnapshot)]
internal sealed partial class ExternalUrlRule : PlanRule
{
    private const int MaxReports = 100;

    /// <inheritdoc/>
    public override void Check(PlanContext context)
    {
        // Every one is counted (the status board's External Dependency Count reads the count), the first hundred reported.
        var found = 0;
        foreach (var (offset, url) in Unbacked(context.Document))
        {
            if (++found <= MaxReports)
            {
                context.Report(RuleCatalog.ExternalUrlWithoutSnapshot, context.Document.SpanOf(offset, offset + url.Length), url, url);
            }
        }

        context.ExternalDependencies = found;
    }

    /// <summary>
    /// The external URLs of the body that no Research Snapshot backs, outside code and the trailing See Also and References
    /// sections, local addresses aside: what this rule reports, uncapped (the status board's External Dependency Count).
    /// </summary>
    internal static IEnumerable<(int Offset, string Url)> Unbacked(PlanDocument document)
    {
        var sources = Sources(document);
        // The front matter is metadata (a `sources:` list names what the plan draws on), not a body link.
        var bodyStart = document.FrontMatter is { } frontMatter ? document.Lines.LineStart(Math.Min(frontMatter.Span.EndLine + 1, document.Lines.LineCount)) : 0;
        foreach (Match match in Url().Matches(document.Text))
        {
            var url = Trim(match.Value);
            if (match.Index < bodyStart || document.Code.Contains(match.Index) || IsLocal(url) || sources.Contains(Normalize(url)) || IsSourceLine(document, match.Index))
            {
                continue;
            }

            if (document.SectionAt(match.Index)?.Descriptor is { Trailing: true })
            {
                continue; // See Also and References may link freely.
            }

            yield return (match.Index, url);
        }
    }

    // Every `Source:` value of a snapshot: snapshot entries, and snapshot blocks written as plain lines (a `Source:` line with the
    // snapshot's `Retrieved:` line beside it). A `Source:` that is not part of a snapshot names a dependency; it excuses nothing.
    private static HashSet<string> Sources(PlanDocument document)
    {
        var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (document.Schema.EntryField(SchemaRoles.Source) is not { } source)
        {
            return sources;
        }

        foreach (var section in document.Sections)
        {
            foreach (var entry in section.Entries.Where(e => e.Field(source) is not null && IsSnapshot(document, e)))
            {
                AddUrls(sources, entry.Field(source)!.Value);
            }

            foreach (var line in section.LineFields.Where(f => string.Equals(f.Name, source, StringComparison.OrdinalIgnoreCase) && InSnapshotBlock(document, f.Span.Line)))
            {
                AddUrls(sources, line.Value);
            }
        }

        return sources;
    }

    // An entry of the snapshot kind, or one that carries the snapshot's leading field (`Retrieved:`).
    private static bool IsSnapshot(PlanDocument document, Entry entry) =>
        SnapshotKind(document) is { } kind && (entry.Kind == kind.Name || entry.Field(kind.LeadingField ?? string.Empty) is not null);

    private static global::ExecPlan.Schema.EntryDescriptor? SnapshotKind(PlanDocument document) =>
        document.Schema.Section(SchemaRoles.ResearchSnapshot)?.EntryKind is { } name ? document.Schema.Entry(name) : null;

    // A plain `Source:` line is a snapshot's when the snapshot's leading field (`Retrieved:`) stands within three lines of it.
    private static bool InSnapshotBlock(PlanDocument document, int line)
    {
        if (SnapshotKind(document)?.LeadingField is not { } leading)
        {
            return false;
        }

        for (var other = Math.Max(1, line - 3); other <= Math.Min(document.Lines.LineCount, line + 3); other++)
        {
            var start = document.Lines.LineStart(other);
            // The line's first characters are enough to see a label (a long line is not read whole for each URL on it).
            var length = Math.Min(document.Lines.LineEnd(other, document.Text) - start, 200);
            var text = document.Text.AsSpan(start, length).Trim().TrimStart("-*+ >").Trim('*').Trim('_');
            if (text.StartsWith(leading + ":", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddUrls(HashSet<string> sources, string value)
    {
        foreach (Match match in Url().Matches(value))
        {
            sources.Add(Normalize(Trim(match.Value)));
        }
    }

    // The `Source:` line of a snapshot names the URL it snapshots: that is the snapshot, not a dependency.
    private static bool IsSourceLine(PlanDocument document, int offset)
    {
        var line = document.Lines.LineOf(offset);
        var start = document.Lines.LineStart(line);
        var prefix = document.Text.AsSpan(start, offset - start).Trim().TrimStart("-*+ ").Trim('*');
        return document.Schema.EntryField(SchemaRoles.Source) is { } source && prefix.StartsWith(source + ":", StringComparison.OrdinalIgnoreCase)
            && (InSnapshotBlock(document, line) || document.SectionAt(offset)?.Entries.FirstOrDefault(e => e.Range.Start <= offset && offset < e.Range.End) is { } entry && IsSnapshot(document, entry));
    }

    private static bool IsLocal(string url) => Local().IsMatch(url);

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', '\'', '"', '*', '_'];

    private static string Trim(string url) => url.TrimEnd(TrailingPunctuation);

    /// <summary>A URL as a snapshot's source backs it: without its trailing slashes (compared ignoring case).</summary>
    internal static string Normalize(string url) => url.TrimEnd('/');

    [GeneratedRegex(@"https?://[^\s<>()\[\]`""']+(?:\([^\s()]*\)[^\s<>()\[\]`""']*)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Url();

    [GeneratedRegex(@"^https?://(?:[^/@\s]*@)?(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?:[:/?#]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Local();
}
