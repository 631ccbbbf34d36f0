using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads `repository:` (policy files, the lock file and its keys, plan file names and discovery).</summary>
internal static class RepositoryReader
{
    /// <summary>The mappings of the lock file that hold keys, in nesting order: the file, each lock, a lock's scope.</summary>
    public static readonly string[] LockLevels = ["file", "lock", "scope"];

    public static RepositoryModel? Read(SchemaReadContext context, YamlMappingNode root)
    {
        if (context.AsMapping(SchemaReadContext.Get(root, "repository"), "repository") is not { } map)
        {
            return null;
        }

        context.AllowKeys(map, "repository", SchemaKeys.Repository);
        var lockFields = new List<LockFieldModel>();
        string? lockFile = null;
        if (context.AsMapping(SchemaReadContext.Get(map, "lock_file"), "repository.lock_file") is { } lockMap)
        {
            context.AllowKeys(lockMap, "repository.lock_file", SchemaKeys.LockFile);
            lockFile = FileName(context, context.RequireScalar(lockMap, "name", "repository.lock_file"));
            context.Require(lockMap, "fields", "repository.lock_file");
            foreach (var field in context.MappingList(lockMap, "fields"))
            {
                if (ReadLockField(context, field) is { } read)
                {
                    lockFields.Add(read);
                }
            }
        }

        string? pattern = null, convention = null;
        var discover = new List<string>();
        var notPlans = new List<string>();
        if (context.AsMapping(SchemaReadContext.Get(map, "plan_files"), "repository.plan_files") is { } plans)
        {
            context.AllowKeys(plans, "repository.plan_files", SchemaKeys.PlanFiles);
            pattern = Pattern(context, context.AsScalar(SchemaReadContext.Get(plans, "name_pattern"), "repository.plan_files.name_pattern"));
            convention = context.OptionalText(plans, "convention");
            discover.AddRange(context.ScalarList(plans, "discover").Select(n => n.Value ?? string.Empty));
            notPlans.AddRange(context.ScalarList(plans, "not_plans").Select(n => NotPlan(context, n)).OfType<string>());
        }

        var policy = context.AsScalar(SchemaReadContext.Get(map, "policy_pointer"), "repository.policy_pointer");
        return new RepositoryModel(
            policy is null ? null : FileName(context, policy),
            context.OptionalText(map, "format_guide"),
            lockFile,
            lockFields.ToEquatableArray(),
            pattern,
            convention,
            discover.ToEquatableArray(),
            notPlans.ToEquatableArray());
    }

    private static LockFieldModel? ReadLockField(SchemaReadContext context, YamlMappingNode map)
    {
        const string Owner = "repository.lock_file.fields";
        context.AllowKeys(map, Owner, SchemaKeys.LockField);
        var name = context.RequireScalar(map, "name", Owner);
        var level = context.RequireScalar(map, "in", Owner);
        if (level is not null && !LockLevels.Contains(level.Value))
        {
            context.Report(SchemaDiagnosticIds.InvalidValue, level, level.Value ?? string.Empty, "in", string.Join(", ", LockLevels));
            return null;
        }

        if (name?.Value is not { } text || level?.Value is not { } where)
        {
            return null;
        }

        context.Name(NameGroups.LockFields, name, declaration: true);
        return new LockFieldModel(where, text, context.OptionalFlag(map, "required"), context.OptionalText(map, "description") ?? string.Empty);
    }

    // A file the tool looks for at the root or beside plans: a bare name, never a path or a glob.
    private static string? FileName(SchemaReadContext context, YamlScalarNode? node)
    {
        if (node?.Value is not { } name)
        {
            return null;
        }

        if (!IsBareName(name))
        {
            context.Report(SchemaDiagnosticIds.InvalidValue, node, name, "file name", "a bare file name (no folder, no wildcard)");
            return null;
        }

        return name;
    }

    // A `not_plans` entry: a bare file name, `*` and the end of one (`*PLAN_TEMPLATE.md`: any name that ends so), or a folder
    // name and `/` (`milestones/`: nothing under such a folder).
    private static string? NotPlan(SchemaReadContext context, YamlScalarNode? node)
    {
        if (node?.Value is not { } name)
        {
            return null;
        }

        var bare = name.StartsWith("*", StringComparison.Ordinal) ? name.Substring(1) : name.EndsWith("/", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;
        if (!IsBareName(bare))
        {
            context.Report(SchemaDiagnosticIds.InvalidValue, node, name, "not_plans entry", "a bare file name, '*' and the end of one, or a folder name and '/'");
            return null;
        }

        return name;
    }

    private static bool IsBareName(string name) => name.Length > 0 && name.IndexOfAny(['/', '\\', '*', '?', '[']) < 0;

    private static string? Pattern(SchemaReadContext context, YamlScalarNode? node)
    {
        if (node?.Value is not { } pattern)
        {
            return null;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return pattern;
        }
        catch (ArgumentException exception)
        {
            context.Report(SchemaDiagnosticIds.InvalidValue, node, pattern, "name_pattern", "a .NET regular expression (" + exception.Message + ")");
            return null;
        }
    }
}
