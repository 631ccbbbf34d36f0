using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Resolves the rule, enum and entry-kind names used across the schema once every declaration is read.</summary>
internal static class ReferenceCheck
{
    /// <summary>Reports unknown names; <paramref name="ruleIds"/> is null when the rules belong to another schema's catalogue (resolved later).</summary>
    public static void Run(SchemaReadContext context, IEnumerable<string>? ruleIds, IEnumerable<EnumModel> enums, IEnumerable<EntryModel> entries)
    {
        var rules = ruleIds is null ? null : new HashSet<string>(ruleIds);
        var enumNames = new HashSet<string>(enums.Select(e => e.Name));
        var entryNames = new HashSet<string>(entries.Select(e => e.Name));
        foreach (var reference in context.References)
        {
            switch (reference.Kind)
            {
                case ReferenceKind.Rule when rules is not null && !rules.Contains(reference.Name):
                    context.Report(SchemaDiagnosticIds.UnknownRule, reference.Span, reference.Name, reference.Owner);
                    break;
                case ReferenceKind.Enum when !enumNames.Contains(reference.Name):
                    context.Report(SchemaDiagnosticIds.UnknownEnum, reference.Span, reference.Name);
                    break;
                case ReferenceKind.EntryKind when !entryNames.Contains(reference.Name):
                    context.Report(SchemaDiagnosticIds.UnknownEntryKind, reference.Span, reference.Name);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Every front-matter field a non-add-on template writes needs a token: its own, or `timestamp` for timestamps.</summary>
    public static void CheckTokens(SchemaReadContext context, FrontMatterModel? frontMatter, IEnumerable<TemplateModel> templates, IReadOnlyList<TokenModel> tokens, SourceSpan tokensSpan)
    {
        if (frontMatter is null || templates.All(t => t.IsAddOn))
        {
            return;
        }

        foreach (var field in frontMatter.Fields)
        {
            if (TemplateTokenLookup.For(field, tokens) is null)
            {
                context.Report(SchemaDiagnosticIds.MissingToken, tokensSpan, field.Name);
            }
        }
    }
}
