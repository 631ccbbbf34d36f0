using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Turns one schema model into its generated files; hint names start with the schema name so schemas never collide.</summary>
internal static class SchemaEmitter
{
    /// <summary>Emits the schema; <paramref name="catalogue"/> names the rules of the catalogue schema it uses, if any.</summary>
    public static List<GeneratedSource> Emit(SchemaModel schema, RuleNames? catalogue = null)
    {
        var ns = schema.Namespace;
        var prefix = Identifier.From(schema.Name) + ".";
        var rules = catalogue ?? RuleNames.Own(schema.Rules);
        var sources = new List<GeneratedSource>();
        void Add(string type, string text) => sources.Add(new GeneratedSource(prefix + type + ".g.cs", text));

        foreach (var model in schema.Enums)
        {
            Add(model.Name, EnumEmitter.Emit(ns, model));
        }

        if (schema.FrontMatter is { } frontMatter)
        {
            Add("FieldNames", ConstantsEmitter.Emit(ns, "FieldNames", "The front-matter keys.", frontMatter.Fields.Select(f => (Identifier.From(f.Name), f.Name, "The key " + f.Name + "."))));
            Add("FrontMatterSchema", FrontMatterEmitter.Emit(ns, frontMatter));
        }

        if (schema.Title is { } title)
        {
            Add("TitleSchema", ConstantsEmitter.Emit(ns, "TitleSchema", "The H1 title of a plan.", [
                ("Prefix", title.Prefix, "The text every title starts with."),
                ("Placeholder", title.Placeholder, "The placeholder a template puts after the prefix."),
            ]));
        }

        if (schema.Repository is { } repository)
        {
            var files = new List<(string, string, string)>();
            void File(string name, string? value, string summary)
            {
                if (value is not null)
                {
                    files.Add((name, value, summary));
                }
            }

            File("PolicyPointer", repository.PolicyPointer, "The policy pointer at the repository root: it points agents to the format guide.");
            File("FormatGuide", repository.FormatGuide, "The format guide the policy pointer names, relative to the root.");
            File("LockFile", repository.LockFile, "The agents' lock file at the repository root.");
            File("PlanFileNamePattern", repository.PlanFileNamePattern, "The regular expression a plan's file name matches.");
            File("PlanFileConvention", repository.PlanFileConvention, "The plan file-name convention, in words.");
            Add("RepositoryConventions", ConstantsEmitter.Emit(ns, "RepositoryConventions", "The files of a repository that keeps plans of this format.", files));
            if (repository.LockFields.Count > 0)
            {
                Add("LockFileFields", ConstantsEmitter.Emit(ns, "LockFileFields", "The keys of the lock file.", repository.LockFields.Select(f => (Identifier.From(f.Name), f.Name, "The " + f.Level + " key " + f.Name + (f.Required ? " (required)" : string.Empty) + ": " + f.Description))));
            }
        }

        if (schema.Levels.Count > 0)
        {
            Add("LevelNames", ConstantsEmitter.Emit(ns, "LevelNames", "The conformance level names, in level order.", schema.Levels.Select(l => (Identifier.From(l.Name), l.Name, "The level " + l.Name + ": " + l.Description))));
        }

        if (schema.Sections.Count > 0)
        {
            Add("SectionTitles", ConstantsEmitter.Emit(ns, "SectionTitles", "The canonical H2 headings, named by section key.", schema.Sections.Select(s => (Identifier.From(s.Key), s.Title, "The heading of the section " + s.Key + "."))));
            Add("Sections", SectionsEmitter.Emit(ns, schema.Sections));
        }

        AddDistinct(Add, ns, "SubsectionTitles", "The required H3 subsection titles.", schema.Sections.SelectMany(s => s.Subsections?.Titles ?? EquatableArray<string>.Empty));
        AddDistinct(Add, ns, "LineFieldNames", "The names of required `Name:` lines.", schema.Sections.SelectMany(s => s.LineFields.Select(f => f.Name)));
        AddDistinct(Add, ns, "EntryFieldNames", "The entry field names and their aliases.", schema.Entries.SelectMany(e => e.Fields.SelectMany(f => new[] { f.Name }.Concat(f.Aliases))));

        if (schema.Entries.Count > 0)
        {
            Add("Entries", EntriesEmitter.Emit(ns, schema.Entries, rules));
        }

        if (schema.Rules.Count > 0)
        {
            Add("RuleIds", ConstantsEmitter.Emit(ns, "RuleIds", "The stable rule IDs, named by rule name.", schema.Rules.Select(r => (Identifier.From(r.Name), r.Id, r.Id + " " + r.Name + "."))));
            Add("RuleCatalog", RuleCatalogEmitter.Emit(ns, schema.Rules));
        }

        if (schema.Templates.Count > 0)
        {
            Add("Templates", TemplatesEmitter.Emit(schema));
        }

        if (schema.Tokens.Count > 0)
        {
            Add("TemplateTokens", ConstantsEmitter.Emit(ns, "TemplateTokens", "The literal template texts a scaffolder replaces.", schema.Tokens.Select(t => (Identifier.From(t.Key), t.Value, "The token for " + t.Key + "."))));
        }

        if (ValidatorEmitter.Emits(schema))
        {
            Add("SchemaValidator", ValidatorEmitter.Emit(schema, rules));
        }

        Add("PlanSchemaDefinition", PlanSchemaDefinitionEmitter.Emit(schema));

        return sources;
    }

    private static void AddDistinct(System.Action<string, string> add, string ns, string className, string summary, IEnumerable<string> texts)
    {
        var distinct = texts.Distinct().ToList();
        if (distinct.Count > 0)
        {
            add(className, ConstantsEmitter.Emit(ns, className, summary, distinct.Select(t => (Identifier.From(t), t, "The text " + t + "."))));
        }
    }
}
