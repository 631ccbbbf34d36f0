using ExecPlan.Schema.Generated;
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
            fields.Report(node.Start, "each lock must be a mapping with " + LockFileSchema.RequiredIn("lock"));
            return null;
        }

        const string Where = "the lock";
        var owner = fields.String(fields.Required(map, LockFileFields.Owner, Where), LockFileFields.Owner);
        var paths = ReadPaths(fields.Required(map, LockFileFields.Scope, Where), fields);
        var acquired = fields.Timestamp(fields.Required(map, LockFileFields.AcquiredAt, Where), LockFileFields.AcquiredAt);
        var expiresNode = fields.Required(map, LockFileFields.ExpiresAt, Where);
        var expires = fields.Timestamp(expiresNode, LockFileFields.ExpiresAt);
        if (acquired is { } from && expires is { } to && to < from)
        {
            fields.Report(expiresNode!.Start, $"'{LockFileFields.ExpiresAt}' is before '{LockFileFields.AcquiredAt}'");
        }

        var notes = fields.String(YamlFields.Optional(map, LockFileFields.Notes), LockFileFields.Notes);
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
            fields.Report(scope.Start, $"'{LockFileFields.Scope}' must be a mapping with '{LockFileFields.Paths}'");
            return paths;
        }

        switch (fields.Required(map, LockFileFields.Paths, $"'{LockFileFields.Scope}'"))
        {
            case YamlSequenceNode { Children.Count: > 0 } list:
                foreach (var item in list.Children)
                {
                    if (fields.String(item, LockFileFields.Scope + "." + LockFileFields.Paths + "[]") is { } path)
                    {
                        paths.Add(path);
                    }
                }

                break;
            case { } other:
                fields.Report(other.Start, $"'{LockFileFields.Scope}.{LockFileFields.Paths}' must be a non-empty list of path globs");
                break;
        }

        return paths;
    }
}
