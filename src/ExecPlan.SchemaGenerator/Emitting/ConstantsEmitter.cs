using System.Collections.Generic;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits a static class of string constants (field names, titles, rule IDs, tokens).</summary>
internal static class ConstantsEmitter
{
    public static string Emit(string ns, string className, string summary, IEnumerable<(string Name, string Value, string Summary)> constants)
    {
        var writer = CodeWriter.Start(ns);
        writer.Summary(summary);
        writer.Open("public static class " + className);
        var first = true;
        foreach (var (name, value, constantSummary) in constants)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            writer.Summary(constantSummary);
            writer.Line("public const string " + name + " = " + CSharpLiteral.Of(value) + ";");
        }

        writer.Close();
        return writer.ToString();
    }
}
