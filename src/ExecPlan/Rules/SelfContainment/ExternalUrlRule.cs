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
        var document = context.Document;
        var sources = Sources(document);
        var reported = 0;
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

            context.Report(RuleCatalog.ExternalUrlWithoutSnapshot, document.SpanOf(match.Index, match.Index + url.Length), url, url);
            if (++reported >= MaxReports)
            {
                return;
            }
        }
    }

    // Every `Source:` value in the plan: snapshot entries and snapshot blocks written as plain lines.
    private static HashSet<string> Sources(PlanDocument document)
    {
        var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (document.Schema.EntryField(SchemaRoles.Source) is not { } source)
        {
            return sources;
        }

        foreach (var section in document.Sections)
        {
            foreach (var field in section.Entries.SelectMany(e => e.Fields).Where(f => f.Name == source))
            {
                AddUrls(sources, field.Value);
            }

            foreach (var line in section.LineFields.Where(f => string.Equals(f.Name, source, StringComparison.OrdinalIgnoreCase)))
            {
                AddUrls(sources, line.Value);
            }
        }

        return sources;
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
        return document.Schema.EntryField(SchemaRoles.Source) is { } source && prefix.StartsWith(source + ":", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLocal(string url) => Local().IsMatch(url);

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', '\'', '"', '*', '_'];

    private static string Trim(string url) => url.TrimEnd(TrailingPunctuation);

    private static string Normalize(string url) => url.TrimEnd('/');

    [GeneratedRegex(@"https?://[^\s<>()\[\]`""']+(?:\([^\s()]*\)[^\s<>()\[\]`""']*)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Url();

    [GeneratedRegex(@"^https?://(?:[^/@\s]*@)?(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?:[:/?#]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Local();
}
