using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>
/// Emits `SchemaValidator`: straight-line calls into the engine's check interfaces, one per schema fact,
/// so that a reader of the generated file sees exactly what the schema asks for.
/// </summary>
internal static class ValidatorEmitter
{
    /// <summary>Whether the schema gets a `SchemaValidator`: it declares front matter or section checks.</summary>
    public static bool Emits(SchemaModel schema) => schema.FrontMatter is not null || schema.SectionChecks is not null;

    /// <summary>Whether the `SchemaValidator` has `ValidateEntries`: some section holds entries.</summary>
    public static bool ChecksEntries(SchemaModel schema) => Emits(schema) && schema.Sections.Any(s => s.EntryKind is not null);

    public static string Emit(SchemaModel schema, RuleNames rules)
    {
        var frontMatter = FrontMatterCalls(schema.FrontMatter, rules);
        var structure = StructureCalls(schema, rules);
        var entries = schema.Sections.Where(s => s.EntryKind is not null)
            .Select(s => new ValidatorCall("checks.Entries(Sections." + Identifier.From(s.Key) + ", Entries." + Identifier.From(s.EntryKind!) + ", " + rules.Descriptor(RuleOf(schema, s.EntryKind!)) + ");", RuleOf(schema, s.EntryKind!)))
            .ToList();

        var writer = CodeWriter.Start(schema.Namespace);
        var implemented = frontMatter.Concat(structure).Concat(entries).SelectMany(c => c.Rules).Distinct().OrderBy(r => r, System.StringComparer.Ordinal);
        writer.Summary("Runs the schema's front-matter, structure and entry checks through the engine's check interfaces.");
        foreach (var rule in implemented)
        {
            writer.Line("[" + EngineTypes.ImplementsRule + "(" + rules.Id(rule!) + ")]");
        }

        writer.Open("public static partial class SchemaValidator");
        var methods = new List<(string Summary, string Signature, List<ValidatorCall> Calls)>();
        if (schema.FrontMatter is not null)
        {
            methods.Add(("Checks every front-matter field, then the unknown keys.", "ValidateFrontMatter(" + EngineTypes.FrontMatterChecks + " checks)", frontMatter));
        }

        if (schema.SectionChecks is not null)
        {
            methods.Add(("Checks presence, order, duplicates, subsections and line fields of the sections.", "ValidateStructure(" + EngineTypes.StructureChecks + " checks)", structure));
        }

        if (entries.Count > 0)
        {
            methods.Add(("Checks the entries of every section that holds entries.", "ValidateEntries(" + EngineTypes.EntryChecks + " checks)", entries));
        }

        for (var i = 0; i < methods.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            writer.Summary(methods[i].Summary);
            writer.Open("public static void " + methods[i].Signature);
            foreach (var call in methods[i].Calls)
            {
                WriteCall(writer, call.Code);
            }

            writer.Close();
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>A line `}` closes a block and a line ending with ` {` opens one, so the call list can carry the level switch.</summary>
    private static void WriteCall(CodeWriter writer, string line)
    {
        if (line == "}")
        {
            writer.Close();
            writer.Line();
        }
        else if (line.EndsWith("{", System.StringComparison.Ordinal))
        {
            writer.Open(line.Substring(0, line.Length - 2));
        }
        else
        {
            writer.Line(line);
        }
    }

    private static string RuleOf(SchemaModel schema, string entryKind) => schema.Entries.First(e => e.Name == entryKind).Rule;

    private static List<ValidatorCall> FrontMatterCalls(FrontMatterModel? model, RuleNames rules)
    {
        var calls = new List<ValidatorCall>();
        if (model is null)
        {
            return calls;
        }

        void Call(string check, string field, string rule) =>
            calls.Add(new ValidatorCall("checks." + check + "(FrontMatterSchema." + field + ", " + rules.Descriptor(rule) + ");", rule));

        var checks = model.Checks;
        foreach (var field in model.Fields)
        {
            var name = Identifier.From(field.Name);
            if (field.Required)
            {
                Call("Required", name, checks.Missing);
            }

            Call("Scalar", name, checks.Type);
            switch (field.Kind)
            {
                case "Id":
                    Call("Id", name, checks.Id);
                    break;
                case "Enum":
                    Call("Enum", name, checks.Enum);
                    break;
                case "Timestamp":
                    Call("Timestamp", name, checks.Timestamp);
                    break;
                default:
                    break;
            }
        }

        calls.Add(new ValidatorCall("checks.Unknown(FrontMatterSchema.All, " + rules.Descriptor(checks.Unknown) + ");", checks.Unknown));
        return calls;
    }

    private static List<ValidatorCall> StructureCalls(SchemaModel schema, RuleNames rules)
    {
        var calls = new List<ValidatorCall>();
        if (schema.SectionChecks is not { } checks)
        {
            return calls;
        }

        string Section(SectionModel s) => "Sections." + Identifier.From(s.Key);
        void Call(string text, string rule) => calls.Add(new ValidatorCall(text.Replace("{rule}", rules.Descriptor(rule)), rule));
        var schemaSections = schema.Sections.Where(s => !s.IsExtra).ToList();

        // What each section asks for at the plan's level is data (its requirement per level); the engine walks it in schema order.
        calls.Add(new ValidatorCall(
            "checks.Required(Sections.Schema, " + rules.Descriptor(checks.Must) + ", " + rules.Descriptor(checks.Empty) + ", " + rules.Descriptor(checks.Should) + ");",
            RequirementRules(schemaSections, checks)));
        foreach (var section in schemaSections.Where(s => s.Condition is not null && s.ConditionRule is not null))
        {
            Call("checks.RequiredWhen(" + Section(section) + ", " + CSharpLiteral.Of(section.Condition) + ", {rule});", section.ConditionRule!);
        }

        Call("checks.Order(Sections.Schema, {rule});", checks.Order);
        Call("checks.Duplicates(Sections.Schema, {rule});", checks.Duplicate);
        foreach (var section in schemaSections.Where(s => s.Subsections is not null))
        {
            var subsections = section.Subsections!;
            var severity = subsections.SeverityAt.Count == 0
                ? "null"
                : "checks.Level.Name switch { " + string.Concat(subsections.SeverityAt.Select(l => "LevelNames." + Identifier.From(l.Level) + " => " + EngineTypes.Severity + "." + l.Severity + ", ")) + "_ => null }";
            foreach (var title in subsections.Titles)
            {
                Call("checks.Subsection(" + Section(section) + ", SubsectionTitles." + Identifier.From(title) + ", {rule}, " + severity + ");", subsections.Rule);
            }
        }

        foreach (var section in schemaSections)
        {
            foreach (var field in section.LineFields)
            {
                Call("checks.LineField(" + Section(section) + ", LineFieldNames." + Identifier.From(field.Name) + ", " + CSharpLiteral.Bool(field.NonEmpty) + ", {rule});", field.Rule);
            }
        }

        return calls;
    }

    // The rules the level walk can report: those of the requirements some level gives some section.
    private static List<string> RequirementRules(List<SectionModel> sections, SectionChecksModel checks)
    {
        var requirements = sections.SelectMany(s => s.Requirements).ToList();
        var rules = new List<string>();
        if (requirements.Contains("Must"))
        {
            rules.Add(checks.Must);
            rules.Add(checks.Empty);
        }

        if (requirements.Contains("Should"))
        {
            rules.Add(checks.Should);
        }

        return rules;
    }
}
