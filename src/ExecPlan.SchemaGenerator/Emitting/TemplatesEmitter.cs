using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits `Templates`: a TemplateDescriptor per template, with its rendered text, and All.</summary>
internal static class TemplatesEmitter
{
    public static string Emit(SchemaModel schema)
    {
        var writer = CodeWriter.Start(schema.Namespace);
        writer.Summary("The whole-document templates, rendered from the schema.");
        writer.Open("public static class Templates");
        foreach (var template in schema.Templates)
        {
            var arguments = new List<(string, List<string>)>
            {
                ("Name", CodeValue.Text(template.Name)),
                ("Description", CodeValue.Text(template.Description)),
                ("IsAddOn", CodeValue.Of(CSharpLiteral.Bool(template.IsAddOn))),
                ("SectionKeys", CodeValue.Array("string", template.SectionKeys.Select(k => CodeValue.Of(CSharpLiteral.Of(k))))),
                ("Text", CodeValue.Text(TemplateRenderer.Render(schema, template))),
            };
            writer.Summary(template.Description.Length > 0 ? template.Description : "The template " + template.Name + ".");
            writer.Value("public static " + EngineTypes.TemplateDescriptor + " " + Identifier.From(template.Name) + " { get; } = ", CodeValue.New(string.Empty, arguments), ";");
            writer.Line();
        }

        writer.Summary("Every template, in schema order.");
        var all = CodeValue.Array(EngineTypes.TemplateDescriptor, schema.Templates.Select(t => CodeValue.Of(Identifier.From(t.Name))));
        writer.Value("public static " + EngineTypes.ImmutableArrayOf(EngineTypes.TemplateDescriptor) + " All { get; } = ", all, ";");
        writer.Close();
        return writer.ToString();
    }
}
