using System.Globalization;
using System.Text.RegularExpressions;
using ExecPlan.Cli.Lsp.Protocol;
using ExecPlan.Configuration;
using ExecPlan.Linting;
using ExecPlan.Model;
using ExecPlan.Schema;
using Range = ExecPlan.Cli.Lsp.Protocol.Range;
using Position = ExecPlan.Cli.Lsp.Protocol.Position;
using TextEdit = ExecPlan.Cli.Lsp.Protocol.TextEdit;

namespace ExecPlan.Cli.Lsp;

/// <summary>
/// Completions from the plan's schema, by where the cursor stands: a front-matter key the plan lacks, or an allowed value after a
/// key; a heading the plan lacks, in schema order; an entry's or a section's field names. Nothing inside code.
/// </summary>
internal static partial class PlanCompletion
{
    // LSP completion item kinds.
    private const int Module = 9;
    private const int Property = 10;
    private const int Value = 12;
    private const int EnumMember = 20;
    private const int Field = 5;

    /// <summary>The completions at <paramref name="position"/>.</summary>
    public static CompletionList For(OpenDocument document, ExecPlanConfig config, Position position, TimeProvider clock)
    {
        var plan = PlanLinter.Parse(document.Path ?? "plan.md", document.PlanText, config);
        if (plan is null)
        {
            return new CompletionList(false, []);
        }

        var offset = LspRanges.OffsetOf(position, document);
        var line = position.Line + 1;
        var lineStart = document.Lines.LineStart(line);
        var before = document.PlanText[lineStart..offset];
        var items = plan.FrontMatter is { } front && line > front.Span.Line && line < front.Span.EndLine
            ? FrontMatter(plan, before, position, clock)
            : plan.Code.Contains(offset) ? []
            : Heading().IsMatch(before) ? Sections(plan, config.LevelInForce, before, position)
            : FieldStart().Match(before) is { Success: true } field ? Fields(plan, offset, field, position)
            : [];
        return new CompletionList(false, [.. items]);
    }

    private static IEnumerable<CompletionItem> FrontMatter(PlanDocument plan, string before, Position position, TimeProvider clock)
    {
        var colon = before.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            // A key the plan lacks, in schema order.
            var present = plan.FrontMatter!.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var range = new Range(position with { Character = 0 }, position);
            return plan.Schema.Data.FrontMatter.Where(f => !present.Contains(f.Name)).Select((f, i) => Item(
                f.Name, Property, f.Required ? "required" : "optional", f.Description, i, new TextEdit(range, f.Name + ": ")));
        }

        // A value of the key before the colon: an enum's allowed values, a timestamp's now.
        var key = before[..colon].Trim();
        var declared = plan.Schema.Data.FrontMatter.FirstOrDefault(f => f.Name == key);
        var valueStart = colon + 1 + (before.Length - colon - 1 - before[(colon + 1)..].TrimStart().Length);
        var valueRange = new Range(position with { Character = valueStart }, position);
        var prefix = valueStart > colon + 1 ? string.Empty : " ";
        return declared switch
        {
            { Kind: FieldKind.Enum } => declared.AllowedValues.Select((v, i) => Item(v, EnumMember, key, declared.Description, i, new TextEdit(valueRange, prefix + v))),
            { Kind: FieldKind.Timestamp } => [Item(Now(clock), Value, "now", declared.Description, 0, new TextEdit(valueRange, prefix + Now(clock)))],
            _ => [],
        };
    }

    // The schema's sections the plan does not have, in schema order (the extra sections after them), as `## Title`.
    private static IEnumerable<CompletionItem> Sections(PlanDocument plan, PlanLevel level, string before, Position position)
    {
        var present = plan.Sections.Where(s => s.Descriptor is not null).Select(s => s.Descriptor!).ToHashSet();
        var range = new Range(position with { Character = before.Length - before.TrimStart().Length }, position);
        return plan.Schema.Sections.Concat(plan.Schema.Extras).Where(s => !present.Contains(s)).Select((s, i) => Item(
            s.Title, Module, s.IsExtra ? "extra section" : Describe(s.At(level)), s.Description, i, new TextEdit(range, "## " + s.Title), filter: "## " + s.Title));
    }

    // In a section whose items are entries: the entry kind's fields (the leading one first); any section: its line fields.
    private static IEnumerable<CompletionItem> Fields(PlanDocument plan, int offset, Match field, Position position)
    {
        var section = plan.SectionAt(offset) ?? plan.SectionAt(Math.Max(offset - 1, 0));
        if (section?.Descriptor is not { } descriptor)
        {
            return [];
        }

        var names = new List<(string Name, string Detail)>();
        if (descriptor.EntryKind is { } kind && plan.Schema.Entry(kind) is { } entry)
        {
            names.AddRange(entry.Fields.Select(f => (f.Name, $"{entry.Name} field")));
        }

        names.AddRange(descriptor.LineFields.Select(f => (f, $"{descriptor.Title} field")));
        var start = field.Groups["name"].Index;
        var range = new Range(position with { Character = start }, position);
        return names.DistinctBy(n => n.Name).Select((n, i) => Item(n.Name, Field, n.Detail, null, i, new TextEdit(range, n.Name + ": ")));
    }

    private static CompletionItem Item(string label, int kind, string? detail, string? documentation, int order, TextEdit edit, string? filter = null) =>
        new(label, kind, detail, documentation is { Length: > 0 } ? new MarkupContent("markdown", documentation) : null, order.ToString("D4", CultureInfo.InvariantCulture), filter ?? label, edit);

    private static string Describe(Requirement requirement) => requirement switch
    {
        Requirement.Must => "required",
        Requirement.Should => "recommended",
        Requirement.Conditional => "when it applies",
        _ => "optional",
    };

    private static string Now(TimeProvider clock) =>
        clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // A heading being typed: up to three spaces, one or two '#', then words (not a third '#').
    [GeneratedRegex(@"^ {0,3}#{1,2}(?: [^#]*)?$")]
    private static partial Regex Heading();

    // The start of a field: a list item's or a line's first word, being typed.
    [GeneratedRegex(@"^\s*(?:[-*+] +)?(?:\*\*)?(?<name>[\p{L}/]*)$")]
    private static partial Regex FieldStart();
}
