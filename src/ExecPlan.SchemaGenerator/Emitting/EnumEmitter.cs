using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits a schema enum and its `Values` class (All, ToText, TryParse).</summary>
internal static class EnumEmitter
{
    public static string Emit(string ns, EnumModel model)
    {
        var writer = CodeWriter.Start(ns);
        var name = model.Name;
        writer.Summary(model.Description.Length > 0 ? model.Description : "The schema enum " + name + ".");
        writer.Open("public enum " + name);
        foreach (var value in model.Values)
        {
            writer.Summary("The schema value " + value + ".");
            writer.Line(Identifier.From(value) + ",");
        }

        writer.Close();
        writer.Line();
        writer.Summary("The schema texts of " + name + ".");
        writer.Open("public static class " + name + "Values");
        writer.Summary("The schema texts, in schema order.");
        var all = CodeValue.Array("string", model.Values.Select(v => CodeValue.Of(CSharpLiteral.Of(v))));
        writer.Value("public static " + EngineTypes.ImmutableArrayOf("string") + " All { get; } = ", all, ";");
        writer.Line();
        writer.Summary("The schema text of the value.");
        writer.Line("public static string ToText(this " + name + " value) => value switch");
        writer.Line("{");
        foreach (var value in model.Values)
        {
            writer.Line("    " + name + "." + Identifier.From(value) + " => " + CSharpLiteral.Of(value) + ",");
        }

        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value)),");
        writer.Line("};");
        writer.Line();
        writer.Summary("Parses the exact (ordinal) schema text.");
        writer.Open("public static bool TryParse(string? text, out " + name + " value)");
        writer.Open("switch (text)");
        foreach (var value in model.Values)
        {
            writer.Line("case " + CSharpLiteral.Of(value) + ":");
            writer.Line("    value = " + name + "." + Identifier.From(value) + ";");
            writer.Line("    return true;");
        }

        writer.Line("default:");
        writer.Line("    value = default;");
        writer.Line("    return false;");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
