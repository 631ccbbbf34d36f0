using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ExecPlan.Rules;

namespace ExecPlan.Schema;

/// <summary>
/// One plan format the engine can lint: the generated data of its schema file, looked up by role, and the rules registered
/// for it (explicitly, like a Markdig pipeline's extensions). Parser, section binder, rule context and rules all take it.
/// </summary>
public sealed class PlanSchema
{
    private readonly FrozenDictionary<string, SectionDescriptor> _byTitle;
    private readonly FrozenDictionary<(string Kind, string Role), string> _roles;
    private readonly FrozenDictionary<string, SectionDescriptor> _byKey;
    private readonly FrozenDictionary<string, EntryDescriptor> _entries;

    /// <summary>Creates the schema from its generated data and the rules that apply to it.</summary>
    public PlanSchema(PlanSchemaData data, IEnumerable<PlanRule> rules)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rules);
        Data = data;
        Rules = [.. rules];
        var all = data.Sections.Concat(data.Extras).ToList();
        _byTitle = all.GroupBy(s => s.Title, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byKey = all.GroupBy(s => s.Key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _entries = data.Entries.ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);
        _roles = data.Roles.GroupBy(r => (r.Kind, r.Role)).ToFrozenDictionary(g => g.Key, g => g.First().Target);
        Binder = new Model.SectionBinder(this);
        PlanFileName = data.Repository.PlanFileNamePattern is { } pattern
            ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            : null;
        PolicyLink = data.Repository.FormatGuide is { } guide
            ? new Regex(@"(?:^|[\s(\[<`'""])(?:\.{0,2}/)?" + Regex.Escape(guide) + @"\b", RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1))
            : null;
    }

    /// <summary>What a plan's file name matches (EXP0905), or null when the format names no convention.</summary>
    internal Regex? PlanFileName { get; }

    /// <summary>A link to or a mention of the format guide (with or without a leading ./ or /), or null when the format has none.</summary>
    internal Regex? PolicyLink { get; }

    /// <summary>The generated data.</summary>
    public PlanSchemaData Data { get; }

    /// <summary>The schema's name as the configuration and the command line write it (`execplan`, `cookbook`).</summary>
    public string Key => Data.Name.ToLowerInvariant();

    /// <summary>The date-time spellings this format takes as exact.</summary>
    public TimestampForm Timestamps => Data.Timestamps;

    /// <summary>Whether every plan of the format is prose-first (no tables, checkboxes only in Progress, no nested fences), as an ExecPlan is under the codex-strict profile.</summary>
    public bool ProseFirst => Data.ProseFirst;

    /// <summary>The rules that apply to plans of this schema, in a stable order.</summary>
    public ImmutableArray<PlanRule> Rules { get; }

    /// <summary>The conformance levels in order; the first is the default.</summary>
    public ImmutableArray<PlanLevel> Levels => Data.Levels;

    /// <summary>The level a plan is checked at when none is chosen (the schema's first).</summary>
    public PlanLevel DefaultLevel => Levels.IsDefaultOrEmpty ? NoLevel : Levels[0];

    /// <summary>The level of this name (case-insensitive), or null when the schema has none of that name.</summary>
    public PlanLevel? FindLevel(string? name) =>
        Levels.FirstOrDefault(l => string.Equals(l.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The level a plan is checked at: the named one when this schema has it, else the default.</summary>
    public PlanLevel LevelOrDefault(string? name) => FindLevel(name) ?? DefaultLevel;

    // A schema without sections has no levels; nothing of it asks for one.
    private static readonly PlanLevel NoLevel = new(string.Empty, 0, "No sections, so no level.");

    /// <summary>The schema sections in schema order.</summary>
    public ImmutableArray<SectionDescriptor> Sections => Data.Sections;

    /// <summary>The always-allowed extra sections.</summary>
    public ImmutableArray<SectionDescriptor> Extras => Data.Extras;

    /// <summary>Whether the schema declares front-matter fields (then front matter is required and closed).</summary>
    public bool HasFrontMatter => !Data.FrontMatter.IsDefaultOrEmpty;

    /// <summary>Binds H2 headings to this schema's sections.</summary>
    internal Model.SectionBinder Binder { get; }

    /// <summary>The schema or extra section with exactly this title, or null.</summary>
    public SectionDescriptor? Find(string title) => _byTitle.GetValueOrDefault(title);

    /// <summary>The section in a role (<see cref="SchemaRoles"/>), or null when the schema has none.</summary>
    public SectionDescriptor? Section(string role) =>
        _roles.TryGetValue((SchemaRoles.SectionKind, role), out var key) ? _byKey.GetValueOrDefault(key) : null;

    /// <summary>The front-matter field name in a role, or null.</summary>
    public string? FrontMatterField(string role) => _roles.GetValueOrDefault((SchemaRoles.FrontMatterKind, role));

    /// <summary>The line-field name in a role, or null.</summary>
    public string? LineField(string role) => _roles.GetValueOrDefault((SchemaRoles.LineFieldKind, role));

    /// <summary>The entry field name in a role, or null.</summary>
    public string? EntryField(string role) => _roles.GetValueOrDefault((SchemaRoles.EntryFieldKind, role));

    /// <summary>The entry kind of this name, or null.</summary>
    public EntryDescriptor? Entry(string name) => _entries.GetValueOrDefault(name);

    /// <inheritdoc/>
    public override string ToString() => Key;
}
