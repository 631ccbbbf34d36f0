using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Emitting;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Checks that schema texts become distinct, usable C# names inside each generated type.</summary>
internal static class NameCheck
{
    /// <summary>Type names the generator emits itself, and member names each generated type already has.</summary>
    private static readonly Dictionary<string, string[]> Reserved = new()
    {
        [NameGroups.Types] =
        [
            "FieldNames", "FrontMatterSchema", "TitleSchema", "SectionTitles", "Sections", "SubsectionTitles",
            "LineFieldNames", "EntryFieldNames", "Entries", "RuleIds", "RuleCatalog", "Templates", "TemplateTokens",
            "SchemaValidator", "PlanSchemaDefinition", "LevelNames", "RepositoryConventions", "LockFileFields",
        ],
        [NameGroups.Fields] = ["All", "FieldNames", "FrontMatterSchema"],
        [NameGroups.Sections] = ["Schema", "Extras", "All", "Find", "Sections", "SectionTitles"],
        [NameGroups.Subsections] = ["SubsectionTitles"],
        [NameGroups.LineFields] = ["LineFieldNames"],
        [NameGroups.EntryFields] = ["EntryFieldNames"],
        [NameGroups.Entries] = ["All", "Entries"],
        [NameGroups.Templates] = ["All", "Templates"],
        [NameGroups.Tokens] = ["TemplateTokens"],
        [NameGroups.Rules] = ["All", "Find", "RuleIds", "RuleCatalog"],
        [NameGroups.Levels] = ["LevelNames"],
        [NameGroups.LockFields] = ["LockFileFields"],
    };

    public static void Run(SchemaReadContext context)
    {
        foreach (var group in context.Names.GroupBy(n => n.Group))
        {
            var reserved = Reserved.TryGetValue(group.Key, out var names) ? names : [];
            var texts = new HashSet<string>();
            var identifiers = new Dictionary<string, string>();
            foreach (var use in group)
            {
                if (!texts.Add(use.Text))
                {
                    if (use.Declaration)
                    {
                        context.Report(SchemaDiagnosticIds.DuplicateName, use.Span, group.Key, use.Text);
                    }

                    continue;
                }

                // Entry field names of different kinds may repeat; only their generated constants must not clash.
                if (group.Key.StartsWith("fields of ", System.StringComparison.Ordinal))
                {
                    continue;
                }

                var identifier = Identifier.From(use.Text);
                var valuesClass = group.Key == NameGroups.Types ? identifier + "Values" : null;
                if (identifier.Length == 0 || reserved.Contains(identifier))
                {
                    context.Report(SchemaDiagnosticIds.NameCollision, use.Span, use.Text, identifier, "the generator");
                }
                else if (identifiers.TryGetValue(identifier, out var other) || (valuesClass is not null && identifiers.TryGetValue(valuesClass, out other)))
                {
                    context.Report(SchemaDiagnosticIds.NameCollision, use.Span, use.Text, identifier, other);
                }
                else
                {
                    identifiers[identifier] = use.Text;
                    if (valuesClass is not null)
                    {
                        identifiers[valuesClass] = use.Text;
                    }
                }
            }
        }
    }
}
