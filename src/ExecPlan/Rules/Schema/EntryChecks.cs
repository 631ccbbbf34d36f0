using ExecPlan.Text;
using ExecPlan.Diagnostics;
using ExecPlan.Model;
using ExecPlan.Rules.Checks;
using ExecPlan.Rules.Engine;
using ExecPlan.Schema;
using ExecPlan.Schema.Generated;

namespace ExecPlan.Rules.Schema;

/// <summary>The entry check the generated validator calls: every entry of a section has the fields its kind requires.</summary>
internal sealed class EntryChecks(PlanContext context) : IEntryChecks
{
    /// <inheritdoc/>
    public void Entries(SectionDescriptor section, EntryDescriptor entry, RuleDescriptor rule)
    {
        var listsMissing = rule.Parameters.Contains("missing") || rule.Parameters.Contains("reason");
        var progress = context.Schema.Section(SchemaRoles.Progress);
        foreach (var present in context.Document.SectionsOf(section))
        {
            var items = new List<Entry>(present.Entries.Length);
            foreach (var item in present.Entries)
            {
                // A template's placeholder entry in a DRAFT plan is not an incomplete entry; nor is `- None yet.` (what
                // EXP0208's help asks an empty living section to say), nor a plain bullet among Progress's checkboxes (a note).
                if ((context.IsDraft && Placeholders.Any(context.Document, item.Range))
                    || (item.Range.Length <= MaxNoneLength && IsNone(context.Document.TextOf(item.Range)))
                    || (item.Checked is null && ReferenceEquals(section, progress)))
                {
                    continue;
                }

                items.Add(item);
            }

            // Entries that lack only recommended fields, the same ones, are one choice of style: one finding for them all, at the
            // first, saying how many others do, anchored for the baseline to the section and what they lack (not to a line), so
            // that fixing, adding or moving one of them leaves it the same finding. An entry that lacks a required field is one
            // finding of its own (an error stays exact), as is one whose finding a comment suppresses.
            var grouped = (listsMissing || rule.Parameters.Contains("alike")) && present.Descriptor is not null;
            Dictionary<ulong, (Entry First, int Count)>? groups = null;
            foreach (var item in items)
            {
                if (Gaps(item, entry, rule, listsMissing, null) is not { } severity)
                {
                    continue;
                }

                if (!grouped || severity >= Severity.Error || (context.IsSuppressed?.Invoke(rule.Id, item.Span.Line) ?? false))
                {
                    Check(item, entry, rule, listsMissing, null);
                    continue;
                }

                var signature = Signature(item, entry, rule, listsMissing);
                groups ??= [];
                groups[signature] = groups.TryGetValue(signature, out var group) ? (group.First, group.Count + 1) : (item, 1);
            }

            foreach (var (first, count) in groups?.Values ?? Enumerable.Empty<(Entry, int)>())
            {
                Check(first, entry, rule, listsMissing, (present.Descriptor!.Title, count - 1));
            }
        }
    }

    private readonly List<(Severity Severity, EntryFieldDescriptor? Field, bool Invalid)> _scratch = [];

    // What the entry lacks, as bits: a missing timestamp, then each field of the kind missing or invalid.
    private ulong Signature(Entry item, EntryDescriptor kind, RuleDescriptor rule, bool listsMissing)
    {
        _scratch.Clear();
        Gaps(item, kind, rule, listsMissing, _scratch);
        var signature = 0UL;
        foreach (var (_, field, invalid) in _scratch)
        {
            var index = field is null ? 0 : 1 + (2 * kind.Fields.IndexOf(field)) + (invalid ? 1 : 0);
            signature |= 1UL << Math.Min(index, 63);
        }

        return signature;
    }

    // One finding per entry, as severe as its most severe gap, or (with `group`: its section's title and how many others lack the
    // same) one for the entries that lack the same recommended fields.
    private void Check(Entry item, EntryDescriptor kind, RuleDescriptor rule, bool listsMissing, (string Section, int Others)? group)
    {
        // The gaps are first only weighed (nothing allocated: a Progress of 60,000 items is 60,000 calls), and described only
        // for a finding that is listed.
        if (Gaps(item, kind, rule, listsMissing, null) is not { } severity)
        {
            return;
        }

        string[] Arguments()
        {
            var missing = new List<(Severity Severity, EntryFieldDescriptor? Field, bool Invalid)>();
            Gaps(item, kind, rule, listsMissing, missing);
            var required = missing.Where(m => m.Severity == severity).Select(Describe).ToList();
            var recommended = missing.Where(m => m.Severity != severity).Select(Describe).ToList();
            var others = group?.Others ?? 0;
            var what = Join(required) + (recommended.Count == 0 ? string.Empty : $" (and should have {Join(recommended)})")
                + (others == 0 ? string.Empty : others == 1 ? "; so does 1 other entry" : $"; so do {others} other entries");
            var reason = $"{kind.Description.TrimEnd('.')} lacks {what}.";
            var alike = others == 0 ? string.Empty : others == 1 ? " (nor does 1 other item)" : $" (nor do {others} other items)";
            return RuleArguments.For(rule, ("missing", what), ("reason", reason), ("alike", alike));
        }

        if (group is not { } g)
        {
            context.Report(rule, severity, item.Span, null, Arguments);
            return;
        }

        // The anchor names what the entries lack, without the count: one more or one fewer is the same finding.
        var what = new List<(Severity Severity, EntryFieldDescriptor? Field, bool Invalid)>();
        Gaps(item, kind, rule, listsMissing, what);
        var anchor = FindingAnchor.Of(g.Section, "entries lacking " + string.Join(", ", what.Select(Describe)));
        context.ReportAnchored(rule, severity, item.Span, anchor, Arguments);
    }

    // The most severe gap of the entry (null when it has none); each gap is added to `into` when one is given. A gap is a
    // missing timestamp (no field), a missing field, or an invalid one.
    private Severity? Gaps(Entry item, EntryDescriptor kind, RuleDescriptor rule, bool listsMissing, List<(Severity, EntryFieldDescriptor?, bool)>? into)
    {
        Severity? most = null;
        void Add(Severity severity, EntryFieldDescriptor? field, bool invalid)
        {
            most = most is { } before && before >= severity ? before : severity;
            into?.Add((severity, field, invalid));
        }

        if (listsMissing && kind.TimestampRequired && item.Timestamp is null && !item.Fields.Any(f => StartsWithDate(f.Value)))
        {
            Add(rule.DefaultSeverity, null, false);
        }

        foreach (var field in kind.Fields)
        {
            if (field.Severity == Severity.Off || !field.RequiredAt(context.Level))
            {
                continue;
            }

            var found = item.Field(field.Names.AsSpan());
            if (found is not { Value.Length: > 0 } && !AnyAlternative(item, field))
            {
                Add(field.Severity, field, false);
            }
            else if (found is not null && !Valid(field, found.Value) && !Placeholders.IsPlaceholder(found.Value.Trim('`')))
            {
                // A template's placeholder (`<REQUEST|NOTIFY|BLOCK>`) is unfilled, not invalid: EXP0212 asks for it, once.
                Add(field.Severity, field, true);
            }
        }

        return most;
    }

    private static bool AnyAlternative(Entry item, EntryFieldDescriptor field)
    {
        foreach (var alternative in field.Alternatives)
        {
            if (item.Field(alternative) is { Value.Length: > 0 })
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxNoneLength = 40;

    // `- None yet.`, `- None.`, `- Nothing yet`, `- N/A`: an empty living section said so, as it should.
    internal static bool IsNone(string item)
    {
        var text = item.AsSpan().TrimStart(" \t-*+").Trim().TrimEnd('.').Trim().Trim("*_").Trim().TrimEnd('.');
        return text.Equals("none", StringComparison.OrdinalIgnoreCase)
            || text.Equals("none yet", StringComparison.OrdinalIgnoreCase)
            || text.Equals("nothing yet", StringComparison.OrdinalIgnoreCase)
            || text.Equals("n/a", StringComparison.OrdinalIgnoreCase);
    }

    // `Date/Author: 2026-02-07 / Codex`, `Date: 2026-02-07T10:00:00Z`: a field that starts with a date dates the entry.
    private static bool StartsWithDate(string value)
    {
        var text = value.AsSpan().TrimStart("`*_ ");
        return text.Length >= 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[3]) && text[4] == '-' && text[7] == '-'
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }

    private static bool Valid(EntryFieldDescriptor field, string value)
    {
        if (field.IsTimestamp)
        {
            return Rfc3339.TryParse(value.Trim('`'), out _);
        }

        if (field.EnumName == nameof(MessageIntent))
        {
            return MessageIntentValues.TryParse(value.Trim('`', '*', ' ').ToUpperInvariant(), out _);
        }

        return true;
    }

    private static string Describe((Severity Severity, EntryFieldDescriptor? Field, bool Invalid) gap) => gap switch
    {
        (_, null, _) => "a timestamp",
        (_, { } field, false) => $"'{field.Name}:'",
        (_, { IsTimestamp: true } field, true) => $"'{field.Name}:' as an RFC 3339 timestamp",
        (_, { } field, true) => $"a valid '{field.Name}:' ({string.Join(", ", MessageIntentValues.All)})",
    };

    private static string Join(List<string> parts) => parts.Count switch
    {
        1 => parts[0],
        2 => $"{parts[0]} and {parts[1]}",
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + ", and " + parts[^1],
    };
}
