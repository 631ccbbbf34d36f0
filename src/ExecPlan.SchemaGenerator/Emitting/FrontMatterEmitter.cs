using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits `FrontMatterSchema`: one FieldDescriptor per front-matter field and All.</summary>
internal static class FrontMatterEmitter
{
    public static string Emit(string ns, FrontMatterModel model)
    {
        var writer = CodeWriter.Start(ns);
        writer.Summary("The front-matter fields the schema declares, in schema order.");
        writer.Open("public static class FrontMatterSchema");
        foreach (var field in model.Fields)
        {
            var allowed = field.EnumName is null
                ? CodeValue.Array("string", [])
                : CodeValue.Of(field.EnumName + "Values.All");
            var arguments = new List<(string, List<string>)>
            {
                ("Name", CodeValue.Of("FieldNames." + Identifier.From(field.Name))),
                ("Kind", CodeValue.Of(EngineTypes.FieldKind + "." + field.Kind)),
                ("Required", CodeValue.Of(CSharpLiteral.Bool(field.Required))),
                ("Pattern", CodeValue.Text(field.Pattern)),
                ("AllowedValues", allowed),
                ("Description", CodeValue.Text(field.Description)),
            };
            writer.Summary(field.Description.Length > 0 ? field.Description : "The field " + field.Name + ".");
            writer.Value("public static " + EngineTypes.FieldDescriptor + " " + Identifier.From(field.Name) + " { get; } = ", CodeValue.New(string.Empty, arguments), ";");
            writer.Line();
        }

        writer.Summary("Every field, in schema order.");
        var all = CodeValue.Array(EngineTypes.FieldDescriptor, model.Fields.Select(f => CodeValue.Of(Identifier.From(f.Name))));
        writer.Value("public static " + EngineTypes.ImmutableArrayOf(EngineTypes.FieldDescriptor) + " All { get; } = ", all, ";");
        writer.Close();
        return writer.ToString();
    }
}
