using System.Collections.Immutable;
using ExecPlan.Diagnostics;
using ExecPlan.Schema;

namespace ExecPlan.Model;

/// <summary>A plan parsed once: front matter, title, sections, entries, code, HTML and tables, each with its position.</summary>
public sealed class PlanDocument
{
    /// <summary>Creates the model; use <see cref="PlanParser"/> to build one from text.</summary>
    internal PlanDocument(
        string path,
        string text,
        LineMap lines,
        FrontMatter? frontMatter,
        ImmutableArray<Heading> titles,
        ImmutableArray<Section> sections,
        CodeRegions code,
        ImmutableArray<CodeFence> fences,
        ImmutableArray<HtmlFragment> html,
        ImmutableArray<SourceSpan> tables,
        ImmutableArray<PlanListItem> taskItems,
        PlanSchema schema)
    {
        Schema = schema;
        Path = path;
        Text = text;
        Lines = lines;
        FrontMatter = frontMatter;
        Titles = titles;
        Sections = sections;
        Code = code;
        Fences = fences;
        Html = html;
        Tables = tables;
        TaskItems = taskItems;
    }

    /// <summary>The schema the plan was read with (its sections are bound to this schema's).</summary>
    public PlanSchema Schema { get; }

    /// <summary>The file path as given to the linter.</summary>
    public string Path { get; }

    /// <summary>The decoded text (without a byte-order mark).</summary>
    public string Text { get; }

    /// <summary>Offsets to lines and columns.</summary>
    public LineMap Lines { get; }

    /// <summary>The front matter, or null when the file does not start with `---`.</summary>
    public FrontMatter? FrontMatter { get; }

    /// <summary>Every top-level H1.</summary>
    public ImmutableArray<Heading> Titles { get; }

    /// <summary>Every top-level H2 section, in file order.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Code spans and code blocks (not scanned for timestamps, URLs or placeholders).</summary>
    public CodeRegions Code { get; }

    /// <summary>Fenced code blocks at any depth.</summary>
    public ImmutableArray<CodeFence> Fences { get; }

    /// <summary>HTML blocks and inline HTML, comments included.</summary>
    public ImmutableArray<HtmlFragment> Html { get; }

    /// <summary>Pipe and grid tables.</summary>
    public ImmutableArray<SourceSpan> Tables { get; }

    /// <summary>Every task-list item (`- [ ]`, `- [x]`) at any depth.</summary>
    public ImmutableArray<PlanListItem> TaskItems { get; }

    /// <summary>The sections that count as the schema section, in file order.</summary>
    public IEnumerable<Section> SectionsOf(SectionDescriptor descriptor) =>
        ByDescriptor.TryGetValue(descriptor, out var found) ? found : [];

    /// <summary>The first section that counts as the schema section, or null.</summary>
    public Section? Section(SectionDescriptor descriptor) =>
        ByDescriptor.TryGetValue(descriptor, out var found) ? found[0] : null;

    /// <summary>The sections in a role of the schema (<see cref="SchemaRoles"/>), in file order; none when the schema has no such section.</summary>
    public IEnumerable<Section> SectionsIn(string role) => Schema.Section(role) is { } descriptor ? SectionsOf(descriptor) : [];

    /// <summary>The first section in a role of the schema, or null.</summary>
    public Section? SectionIn(string role) => Schema.Section(role) is { } descriptor ? Section(descriptor) : null;

    /// <summary>The front-matter entry of the field in a role of the schema, or null.</summary>
    public FrontMatterEntry? FrontMatterIn(string role) => Schema.FrontMatterField(role) is { } name ? FrontMatter?[name] : null;

    /// <summary>The non-empty scalar value of the front-matter field in a role of the schema, or null.</summary>
    public string? FrontMatterValueIn(string role) => Schema.FrontMatterField(role) is { } name ? FrontMatter?.ValueOf(name) : null;

    // Looked up by every structure rule for every schema section: an index, not a scan of all sections per lookup (a plan
    // of 800,000 headings took seconds).
    private Dictionary<SectionDescriptor, List<Section>> ByDescriptor => _byDescriptor ??= IndexSections();

    private Dictionary<SectionDescriptor, List<Section>>? _byDescriptor;

    private Dictionary<SectionDescriptor, List<Section>> IndexSections()
    {
        var index = new Dictionary<SectionDescriptor, List<Section>>(ReferenceEqualityComparer.Instance);
        foreach (var section in Sections)
        {
            if (section.Descriptor is { } descriptor)
            {
                (index.TryGetValue(descriptor, out var list) ? list : index[descriptor] = []).Add(section);
            }
        }

        return index;
    }

    /// <summary>The section whose body holds the offset, or null (front matter, title, preamble, heading lines).</summary>
    public Section? SectionAt(int offset)
    {
        // Sections are in file order with increasing bodies: binary search for the last body starting at or before the offset.
        int low = 0, high = Sections.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (Sections[mid].Body.Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found >= 0 && offset < Sections[found].Body.End ? Sections[found] : null;
    }

    /// <summary>The span of the offsets [start, end).</summary>
    public SourceSpan SpanOf(int start, int end) => Lines.SpanOf(start, end);

    /// <summary>The text of the range.</summary>
    public string TextOf(TextRange range) => Text.Substring(range.Start, range.Length);
}
