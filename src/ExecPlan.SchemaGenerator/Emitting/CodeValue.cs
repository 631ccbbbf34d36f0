using System.Collections.Generic;
using System.Linq;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>
/// Builds C# expressions as lines: the first line goes where the expression starts, later lines are
/// relative to one indent deeper, so nested constructors and arrays lay out like hand-written code.
/// </summary>
internal static class CodeValue
{
    private const string Indent = "    ";
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    public static List<string> Of(string expression) => [expression];

    public static List<string> Text(string? text) => text is null ? [CSharpLiteral.Of(null)] : CSharpLiteral.Lines(text);

    public static List<string> New(string type, IEnumerable<(string Name, List<string> Value)> arguments)
    {
        var lines = new List<string> { type.Length == 0 ? "new(" : "new " + type + "(" };
        var list = arguments.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var (name, value) = list[i];
            var argument = new List<string> { name + ": " + value[0] };
            argument.AddRange(value.Skip(1).Select(l => Indent + l));
            argument[argument.Count - 1] += i == list.Count - 1 ? ")" : ",";
            lines.AddRange(argument);
        }

        return lines;
    }

    public static List<string> Array(string elementType, IEnumerable<List<string>> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return [ImmutableArray + "<" + elementType + ">.Empty"];
        }

        // One target-typed `new(...)` is ambiguous between Create<T>(T) and Create<T>(params T[]): name the type.
        if (list.Count == 1 && list[0][0].StartsWith("new(", System.StringComparison.Ordinal))
        {
            list[0] = new List<string>(list[0]);
            list[0][0] = "new " + elementType + "(" + list[0][0].Substring("new(".Length);
        }

        var inline = ImmutableArray + ".Create<" + elementType + ">(" + string.Join(", ", list.Select(i => i[0])) + ")";
        if (list.All(i => i.Count == 1) && inline.Length <= 100)
        {
            return [inline];
        }

        var lines = new List<string> { ImmutableArray + ".Create<" + elementType + ">(" };
        for (var i = 0; i < list.Count; i++)
        {
            var item = new List<string> { list[i][0] };
            item.AddRange(list[i].Skip(1).Select(l => Indent + l));
            item[item.Count - 1] += i == list.Count - 1 ? ")" : ",";
            lines.AddRange(item);
        }

        return lines;
    }
}
