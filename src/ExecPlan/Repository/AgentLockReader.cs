using YamlDotNet.RepresentationModel;

namespace ExecPlan.Repository;

/// <summary>Reads and checks one entry of <c>locks</c>: owner, scope.paths, acquired_at, expires_at and notes.</summary>
internal static class AgentLockReader
{
    /// <summary>The lock, or null (with a problem) when the entry is not a mapping.</summary>
    public static AgentLock? Read(YamlNode node, YamlFields fields)
    {
        if (node is not YamlMappingNode map)
        {
            fields.Report(node.Start, "each lock must be a mapping with owner, scope, acquired_at and expires_at");
            return null;
        }

        const string Where = "the lock";
        var owner = fields.String(fields.Required(map, "owner", Where), "owner");
        var paths = ReadPaths(fields.Required(map, "scope", Where), fields);
        var acquired = fields.Timestamp(fields.Required(map, "acquired_at", Where), "acquired_at");
        var expiresNode = fields.Required(map, "expires_at", Where);
        var expires = fields.Timestamp(expiresNode, "expires_at");
        if (acquired is { } from && expires is { } to && to < from)
        {
            fields.Report(expiresNode!.Start, "'expires_at' is before 'acquired_at'");
        }

        var notes = fields.String(YamlFields.Optional(map, "notes"), "notes");
        return new AgentLock(owner, paths, acquired, expires, notes, YamlFields.ToInt(map.Start.Line), YamlFields.ToInt(map.Start.Column));
    }

    private static List<string> ReadPaths(YamlNode? scope, YamlFields fields)
    {
        var paths = new List<string>();
        if (scope is null)
        {
            return paths;
        }

        if (scope is not YamlMappingNode map)
        {
            fields.Report(scope.Start, "'scope' must be a mapping with 'paths'");
            return paths;
        }

        switch (fields.Required(map, "paths", "'scope'"))
        {
            case YamlSequenceNode { Children.Count: > 0 } list:
                foreach (var item in list.Children)
                {
                    if (fields.String(item, "scope.paths[]") is { } path)
                    {
                        paths.Add(path);
                    }
                }

                break;
            case { } other:
                fields.Report(other.Start, "'scope.paths' must be a non-empty list of path globs");
                break;
        }

        return paths;
    }
}
