using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits `Entries`: an EntryDescriptor per entry kind and All.</summary>
internal static class EntriesEmitter
{
    public static string Emit(string ns, IReadOnlyList<EntryModel> entries, RuleNames rules)
    {
        var writer = CodeWriter.Start(ns);
        writer.Summary("The entry kinds: the shapes of the list items of sections that hold entries.");
        writer.Open("public static class Entries");
        foreach (var entry in entries)
        {
            var arguments = new List<(string, List<string>)>
            {
                ("Name", CodeValue.Text(entry.Name)),
                ("Description", CodeValue.Text(entry.Description)),
                ("TimestampRequired", CodeValue.Of(CSharpLiteral.Bool(entry.TimestampRequired))),
                ("LeadingField", entry.LeadingField is null ? CodeValue.Text(null) : CodeValue.Of(FieldName(entry.LeadingField))),
                ("RuleId", CodeValue.Of(rules.Id(entry.Rule))),
                ("Fields", CodeValue.Array(EngineTypes.EntryFieldDescriptor, entry.Fields.Select(Field))),
            };
            writer.Summary(entry.Description.Length > 0 ? entry.Description : "The entry kind " + entry.Name + ".");
            writer.Value("public static " + EngineTypes.EntryDescriptor + " " + Identifier.From(entry.Name) + " { get; } = ", CodeValue.New(string.Empty, arguments), ";");
            writer.Line();
        }

        writer.Summary("Every entry kind, in schema order.");
        var all = CodeValue.Array(EngineTypes.EntryDescriptor, entries.Select(e => CodeValue.Of(Identifier.From(e.Name))));
        writer.Value("public static " + EngineTypes.ImmutableArrayOf(EngineTypes.EntryDescriptor) + " All { get; } = ", all, ";");
        writer.Close();
        return writer.ToString();
    }

    private static string FieldName(string name) => "EntryFieldNames." + Identifier.From(name);

    private static List<string> Field(EntryFieldModel field) => CodeValue.New(
        EngineTypes.EntryFieldDescriptor,
        [
            ("Name", CodeValue.Of(FieldName(field.Name))),
            ("Aliases", CodeValue.Array("string", field.Aliases.Select(a => CodeValue.Of(FieldName(a))))),
            ("Alternatives", CodeValue.Array("string", field.Alternatives.Select(a => CodeValue.Of(FieldName(a))))),
            ("Severity", CodeValue.Of(EngineTypes.Severity + "." + field.Severity)),
            ("Levels", CodeValue.Array("string", field.Levels.Select(l => CodeValue.Of("LevelNames." + Identifier.From(l))))),
            ("IsTimestamp", CodeValue.Of(CSharpLiteral.Bool(field.IsTimestamp))),
            ("EnumName", CodeValue.Text(field.EnumName)),
        ]);
}
