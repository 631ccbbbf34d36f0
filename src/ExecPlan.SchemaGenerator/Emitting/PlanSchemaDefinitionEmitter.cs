using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>
/// Emits `PlanSchemaDefinition`: the whole schema as one engine <c>PlanSchemaData</c> value, built from the other
/// generated types (an empty array, an empty text or null where the schema declares no such part).
/// </summary>
internal static class PlanSchemaDefinitionEmitter
{
    public static string Emit(SchemaModel schema)
    {
        var writer = CodeWriter.Start(schema.Namespace);
        writer.Summary("The " + schema.Name + " schema as one value, for an engine that lints more than one plan format.");
        writer.Open("public static class PlanSchemaDefinition");
        writer.Summary("Everything the engine needs to parse and check a plan of this format.");
        writer.Value("public static " + EngineTypes.PlanSchemaData + " Data { get; } = ", CodeValue.New(string.Empty, Arguments(schema)), ";");
        writer.Close();
        return writer.ToString();
    }

    private static List<(string, List<string>)> Arguments(SchemaModel schema)
    {
        var hasSections = schema.Sections.Count > 0;
        var validator = ValidatorEmitter.Emits(schema);
        return
        [
            ("Name", CodeValue.Text(schema.Name)),
            ("Title", CodeValue.Text(schema.HumanTitle)),
            ("Sections", Members(hasSections, "Sections.Schema", EngineTypes.SectionDescriptor)),
            ("Extras", Members(hasSections, "Sections.Extras", EngineTypes.SectionDescriptor)),
            ("FrontMatter", Members(schema.FrontMatter is not null, "FrontMatterSchema.All", EngineTypes.FieldDescriptor)),
            ("TitlePrefix", CodeValue.Of(schema.Title is null ? CSharpLiteral.Of(string.Empty) : "TitleSchema.Prefix")),
            ("TitlePlaceholder", CodeValue.Of(schema.Title is null ? CSharpLiteral.Of(string.Empty) : "TitleSchema.Placeholder")),
            ("Entries", Members(schema.Entries.Count > 0, "Entries.All", EngineTypes.EntryDescriptor)),
            ("Templates", Members(schema.Templates.Count > 0, "Templates.All", EngineTypes.TemplateDescriptor)),
            ("Repository", Repository(schema.Repository)),
            ("Timestamps", CodeValue.Of(EngineTypes.TimestampForm + "." + schema.Timestamps)),
            ("ProseFirst", CodeValue.Of(CSharpLiteral.Bool(schema.ProseFirst))),
            ("Levels", CodeValue.Array(EngineTypes.PlanLevel, schema.Levels.Select((l, i) => Level(l, i)))),
            ("Roles", CodeValue.Array(EngineTypes.SchemaRole, schema.Roles.Select(Role))),
            ("Aliases", CodeValue.Array(EngineTypes.SectionAlias, schema.Sections.SelectMany(s => s.Aliases.Select(a => Alias(a, s.Key))))),
            ("ValidateFrontMatter", Method(validator && schema.FrontMatter is not null, "ValidateFrontMatter")),
            ("ValidateStructure", Method(validator && schema.SectionChecks is not null, "ValidateStructure")),
            ("ValidateEntries", Method(ValidatorEmitter.ChecksEntries(schema), "ValidateEntries")),
        ];
    }

    private static List<string> Members(bool emitted, string member, string elementType) =>
        emitted ? CodeValue.Of(member) : CodeValue.Array(elementType, []);

    private static List<string> Method(bool emitted, string name) => CodeValue.Of(emitted ? "SchemaValidator." + name : "null");

    private static List<string> Repository(RepositoryModel? repository)
    {
        string Text(string? value, string constant) => value is null ? "null" : "RepositoryConventions." + constant;
        List<string> Texts(IEnumerable<string> values) => CodeValue.Array("string", values.Select(v => CodeValue.Of(CSharpLiteral.Of(v))));
        if (repository is null)
        {
            return CodeValue.Of(EngineTypes.RepositoryLayout + ".None");
        }

        return CodeValue.New(EngineTypes.RepositoryLayout, [
            ("PolicyPointer", CodeValue.Of(Text(repository.PolicyPointer, "PolicyPointer"))),
            ("FormatGuide", CodeValue.Of(Text(repository.FormatGuide, "FormatGuide"))),
            ("LockFile", CodeValue.Of(Text(repository.LockFile, "LockFile"))),
            ("LockFields", CodeValue.Array(EngineTypes.LockFieldDescriptor, repository.LockFields.Select(f => CodeValue.Of(
                "new(" + CSharpLiteral.Of(f.Level) + ", LockFileFields." + Identifier.From(f.Name) + ", " + CSharpLiteral.Bool(f.Required) + ", " + CSharpLiteral.Of(f.Description) + ")")))),
            ("PlanFileNamePattern", CodeValue.Of(Text(repository.PlanFileNamePattern, "PlanFileNamePattern"))),
            ("PlanFileConvention", CodeValue.Of(Text(repository.PlanFileConvention, "PlanFileConvention"))),
            ("Discover", Texts(repository.Discover)),
            ("NotPlans", Texts(repository.NotPlans)),
        ]);
    }

    private static List<string> Level(LevelModel level, int index) =>
        CodeValue.Of("new(LevelNames." + Identifier.From(level.Name) + ", " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + CSharpLiteral.Of(level.Description) + ")");

    private static List<string> Alias(string alias, string key) => CodeValue.Of("new(" + CSharpLiteral.Of(alias) + ", " + CSharpLiteral.Of(key) + ")");

    private static List<string> Role(RoleModel role) =>
        CodeValue.Of("new(" + CSharpLiteral.Of(role.Kind) + ", " + CSharpLiteral.Of(role.Role) + ", " + CSharpLiteral.Of(role.Target) + ")");
}
