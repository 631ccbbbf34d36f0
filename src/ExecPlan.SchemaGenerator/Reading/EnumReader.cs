using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `enums:`.</summary>
internal static class EnumReader
{
    public static List<EnumModel> Read(SchemaReadContext context, YamlMappingNode root)
    {
        var enums = new List<EnumModel>();
        foreach (var map in context.MappingList(root, "enums"))
        {
            context.AllowKeys(map, "enum", SchemaKeys.Enum);
            var nameNode = context.RequireScalar(map, "name", "enum");
            var valuesNode = context.Require(map, "values", "enum");
            var values = valuesNode is null ? [] : context.ScalarList(map, "values");
            if (nameNode?.Value is not { } name)
            {
                continue;
            }

            context.Name(NameGroups.Types, nameNode, declaration: true);
            foreach (var value in values)
            {
                context.Name(NameGroups.EnumValues(name), value, declaration: true);
            }

            var description = context.OptionalText(map, "description") ?? string.Empty;
            enums.Add(new EnumModel(name, description, values.Select(v => v.Value ?? string.Empty).ToEquatableArray()));
        }

        return enums;
    }
}
