using ExecPlan.Text;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ExecPlan.Diagnostics;
using ExecPlan.Fixes;
using ExecPlan.Model;
using ExecPlan.Rules.Checks;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Schema;

/// <summary>The front-matter checks the generated validator calls, over the parsed front matter of one plan.</summary>
internal sealed class FrontMatterChecks(PlanContext context, FrontMatter frontMatter) : IFrontMatterChecks
{
    /// <inheritdoc/>
    public void Required(FieldDescriptor field, RuleDescriptor rule)
    {
        var entry = frontMatter[field.Name];
        if (entry is null)
        {
            var fix = FrontMatterFieldInsertion.Of(context.Document, frontMatter, field, Implied(field));
            context.Report(rule, rule.DefaultSeverity, SourceSpan.At(frontMatter.Span.Line, 1), fix, RuleArguments.For(rule, ("field", field.Name)));
        }
        else if (entry.Kind == FrontMatterValueKind.Scalar && string.IsNullOrWhiteSpace(entry.Value))
        {
            context.Report(rule, entry.KeySpan, RuleArguments.For(rule, ("field", field.Name)));
        }
    }

    /// <inheritdoc/>
    public void Scalar(FieldDescriptor field, RuleDescriptor rule)
    {
        var first = true;
        foreach (var entry in frontMatter.Entries.Where(e => e.Key == field.Name))
        {
            if (entry.Kind != FrontMatterValueKind.Scalar)
            {
                var shape = entry.Kind switch
                {
                    FrontMatterValueKind.Sequence => "is a list; a single value is required",
                    FrontMatterValueKind.Mapping => "is a mapping; a single value is required",
                    _ => "is an alias; write the value itself",
                };
                context.Report(rule, entry.ValueSpan, RuleArguments.For(rule, ("field", field.Name), ("reason", shape)));
            }

            if (!first)
            {
                context.Report(rule, entry.KeySpan, RuleArguments.For(rule, ("field", field.Name), ("reason", $"is repeated (first at line {frontMatter[field.Name]!.KeySpan.Line})")));
            }

            first = false;
        }
    }

    /// <inheritdoc/>
    public void Id(FieldDescriptor field, RuleDescriptor rule)
    {
        if (Value(field) is { } entry && field.Pattern is { } pattern
            && !Regex.IsMatch(entry.Value!, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            context.Report(rule, entry.ValueSpan, RuleArguments.For(rule, ("field", field.Name), ("value", entry.Value!)));
        }
    }

    /// <inheritdoc/>
    public void Enum(FieldDescriptor field, RuleDescriptor rule)
    {
        if (Value(field) is not { } entry || field.AllowedValues.Contains(entry.Value!, StringComparer.Ordinal))
        {
            return;
        }

        var (suggestion, sameValue) = NearestValue(entry.Value!, field.AllowedValues);
        var fix = suggestion is null
            ? null
            : ReplacementFix.Of(context.Document, entry.ValueSpan, suggestion, $"Write '{suggestion}'", sameValue ? FixSafety.Safe : FixSafety.Unsafe);
        context.Report(
            rule,
            rule.DefaultSeverity,
            entry.ValueSpan,
            fix,
            RuleArguments.For(
                rule,
                ("field", field.Name),
                ("value", entry.Value!),
                ("allowed", string.Join(", ", field.AllowedValues)),
                ("suggestion", suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")));
    }

    /// <inheritdoc/>
    public void Timestamp(FieldDescriptor field, RuleDescriptor rule)
    {
        if (Value(field) is { } entry && !Rfc3339.TryParse(entry.Value, out _))
        {
            context.Report(rule, entry.ValueSpan, RuleArguments.For(rule, ("field", field.Name), ("value", entry.Value!)));
        }
    }

    /// <inheritdoc/>
    public void Unknown(ImmutableArray<FieldDescriptor> known, RuleDescriptor rule)
    {
        foreach (var entry in frontMatter.Entries)
        {
            if (!entry.IsRepeat && !known.Any(f => f.Name == entry.Key))
            {
                context.Report(rule, entry.KeySpan, RuleArguments.For(rule, ("field", entry.Key)));
            }
        }
    }

    // What the plan itself says a missing field holds: the Progress status; the oldest timestamp for `created`, the newest for `updated`
    // (the other one of the two when the body has none). Null: the template's value.
    private string? Implied(FieldDescriptor field)
    {
        var schema = context.Schema;
        if (field.Name == schema.FrontMatterField(SchemaRoles.Status))
        {
            var line = schema.LineField(SchemaRoles.Status) is { } name ? context.Document.SectionIn(SchemaRoles.Progress)?.LineField(name)?.Value : null;
            return PlanStatusValues.TryParse(line, out var status) ? status.ToText() : null;
        }

        var created = field.Name == schema.FrontMatterField(SchemaRoles.Created);
        if (!created && field.Name != schema.FrontMatterField(SchemaRoles.Updated))
        {
            return null;
        }

        var future = context.Clock.GetUtcNow().AddDays(1);
        var valid = context.Timestamps.Where(t => t.Kind == TimestampKind.Valid && t.Instant <= future).ToList();
        var pick = created ? valid.MinBy(t => t.Instant) : valid.MaxBy(t => t.Instant);
        var other = context.Document.FrontMatterValueIn(created ? SchemaRoles.Updated : SchemaRoles.Created);
        var otherAt = Rfc3339.TryParse(other, out var parsed) ? parsed : (DateTimeOffset?)null;

        // Never a `created` after `updated` (EXP0106): the other field wins when the plan's own timestamp would cross it.
        var crosses = pick is not null && otherAt is { } at && (created ? pick.Instant > at : pick.Instant < at);
        return pick is not null && !crosses ? context.Document.Text.Substring(pick.Offset, pick.Length) : otherAt is not null ? other : null;
    }

    // The first scalar, non-empty, non-placeholder value (placeholders are EXP0212's business).
    private FrontMatterEntry? Value(FieldDescriptor field) =>
        frontMatter[field.Name] is { Kind: FrontMatterValueKind.Scalar, Value: { Length: > 0 } value } entry && !Placeholders.IsPlaceholder(value)
            ? entry
            : null;

    // `in-progress` -> IN_PROGRESS: compare with case, dashes and spaces folded (the same value, spelt otherwise), else the closest
    // by edits (a guess a person must confirm).
    private static (string? Value, bool SameValue) NearestValue(string value, ImmutableArray<string> allowed)
    {
        static string Fold(string s) => s.Trim().Replace('-', '_').Replace(' ', '_').ToUpperInvariant();
        var folded = Fold(value);
        var exact = allowed.FirstOrDefault(a => Fold(a) == folded);
        if (exact is not null)
        {
            return (exact, true);
        }

        var best = allowed.Select(a => (Value: a, Distance: EditDistance.Of(Fold(a), folded))).MinBy(p => p.Distance);
        return (best.Value is not null && best.Distance <= Math.Max(2, best.Value.Length / 3) ? best.Value : null, false);
    }
}
