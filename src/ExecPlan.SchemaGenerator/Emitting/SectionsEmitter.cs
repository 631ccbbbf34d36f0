using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits `Sections`: a SectionDescriptor per section, the Schema/Extras/All lists and Find.</summary>
internal static class SectionsEmitter
{
    public static string Emit(string ns, IReadOnlyList<SectionModel> sections)
    {
        var writer = CodeWriter.Start(ns);
        writer.Summary("The H2 sections: schema sections in schema order, then the always-allowed extras.");
        writer.Open("public static class Sections");
        var order = 0;
        foreach (var section in sections)
        {
            writer.Summary(section.Description.Length > 0 ? section.Description : "The section " + section.Title + ".");
            var descriptor = CodeValue.New(string.Empty, Arguments(section, section.IsExtra ? -1 : order++));
            writer.Value("public static " + EngineTypes.SectionDescriptor + " " + Identifier.From(section.Key) + " { get; } = ", descriptor, ";");
            writer.Line();
        }

        WriteList(writer, "Schema", "The schema sections, in schema order.", sections.Where(s => !s.IsExtra));
        WriteList(writer, "Extras", "The always-allowed extra sections.", sections.Where(s => s.IsExtra));
        WriteList(writer, "All", "The schema sections, then the extras.", sections);
        writer.Summary("The section with exactly this title (ordinal), or null.");
        writer.Line("public static " + EngineTypes.SectionDescriptor + "? Find(string title) => title switch");
        writer.Line("{");
        foreach (var section in sections)
        {
            writer.Line("    SectionTitles." + Identifier.From(section.Key) + " => " + Identifier.From(section.Key) + ",");
        }

        writer.Line("    _ => null,");
        writer.Line("};");
        writer.Close();
        return writer.ToString();
    }

    private static void WriteList(CodeWriter writer, string name, string summary, IEnumerable<SectionModel> sections)
    {
        writer.Summary(summary);
        var list = CodeValue.Array(EngineTypes.SectionDescriptor, sections.Select(s => CodeValue.Of(Identifier.From(s.Key))));
        writer.Value("public static " + EngineTypes.ImmutableArrayOf(EngineTypes.SectionDescriptor) + " " + name + " { get; } = ", list, ";");
        writer.Line();
    }

    private static List<(string, List<string>)> Arguments(SectionModel section, int order) =>
    [
        ("Key", CodeValue.Text(section.Key)),
        ("Title", CodeValue.Of("SectionTitles." + Identifier.From(section.Key))),
        ("Order", CodeValue.Of(order.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ("Requirements", CodeValue.Array(EngineTypes.Requirement, section.Requirements.Select(r => CodeValue.Of(EngineTypes.Requirement + "." + r)))),
        ("Condition", CodeValue.Text(section.Condition)),
        ("Living", CodeValue.Of(CSharpLiteral.Bool(section.Living))),
        ("Subsections", CodeValue.Array("string", (section.Subsections?.Titles ?? EquatableArray<string>.Empty).Select(t => CodeValue.Of("SubsectionTitles." + Identifier.From(t))))),
        ("LineFields", CodeValue.Array("string", section.LineFields.Select(f => CodeValue.Of("LineFieldNames." + Identifier.From(f.Name))))),
        ("EntryKind", CodeValue.Text(section.EntryKind)),
        ("IsExtra", CodeValue.Of(CSharpLiteral.Bool(section.IsExtra))),
        ("Trailing", CodeValue.Of(CSharpLiteral.Bool(section.Trailing))),
        ("Description", CodeValue.Text(section.Description)),
        ("Template", CodeValue.Text(section.Template)),
    ];
}
