using System;
using System.Collections.Generic;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>The state of reading one schema file: typed access to YAML nodes that reports, never throws.</summary>
internal sealed class SchemaReadContext
{
    public List<SchemaDiagnostic> Diagnostics { get; } = [];

    public List<Reference> References { get; } = [];

    public List<NameUse> Names { get; } = [];

    /// <summary>Where `schema.name` stands; the file start until it is read.</summary>
    public SourceSpan NameSpan { get; set; } = SourceSpan.FileStart;

    /// <summary>The other schema whose rules this one uses (`schema.catalogue`), or null.</summary>
    public CatalogueUse? Catalogue { get; set; }

    public static SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start, node.End);

    public static SourceSpan SpanOf(Mark start, Mark end)
    {
        var startIndex = ToInt(start.Index);
        var endIndex = Math.Max(startIndex, ToInt(end.Index));
        return new SourceSpan(
            startIndex,
            endIndex - startIndex,
            Math.Max(0, ToInt(start.Line) - 1),
            Math.Max(0, ToInt(start.Column) - 1),
            Math.Max(0, ToInt(end.Line) - 1),
            Math.Max(0, ToInt(end.Column) - 1));
    }

    public void Report(string id, SourceSpan span, params string[] arguments) =>
        Diagnostics.Add(new SchemaDiagnostic(id, arguments.ToEquatableArray(), span));

    public void Report(string id, YamlNode node, params string[] arguments) => Report(id, SpanOf(node), arguments);

    public void Refer(ReferenceKind kind, YamlScalarNode node, string owner) =>
        References.Add(new Reference(kind, node.Value ?? string.Empty, owner, SpanOf(node)));

    public void Name(string group, YamlScalarNode node, bool declaration) =>
        Names.Add(new NameUse(group, node.Value ?? string.Empty, SpanOf(node), declaration));

    public YamlMappingNode? AsMapping(YamlNode? node, string path) => As<YamlMappingNode>(node, path, "mapping");

    public YamlSequenceNode? AsSequence(YamlNode? node, string path) => As<YamlSequenceNode>(node, path, "sequence");

    public YamlScalarNode? AsScalar(YamlNode? node, string path) => As<YamlScalarNode>(node, path, "scalar");

    /// <summary>Reports every key of the mapping that is not one of <paramref name="keys"/>.</summary>
    public void AllowKeys(YamlMappingNode map, string owner, string[] keys)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } text } && System.Array.IndexOf(keys, text) < 0)
            {
                Report(SchemaDiagnosticIds.UnknownKey, key, text, owner);
            }
        }
    }

    /// <summary>The value of a key, or null when the key is absent.</summary>
    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The value of a key that must be present; reports its absence at the mapping.</summary>
    public YamlNode? Require(YamlMappingNode map, string key, string owner)
    {
        var value = Get(map, key);
        if (value is null)
        {
            Report(SchemaDiagnosticIds.MissingKey, map, owner, key);
        }

        return value;
    }

    /// <summary>The scalar node of a required key.</summary>
    public YamlScalarNode? RequireScalar(YamlMappingNode map, string key, string owner) =>
        AsScalar(Require(map, key, owner), key);

    /// <summary>The text of a required scalar key.</summary>
    public string? RequireText(YamlMappingNode map, string key, string owner) =>
        RequireScalar(map, key, owner)?.Value;

    /// <summary>The text of an optional scalar key, or null.</summary>
    public string? OptionalText(YamlMappingNode map, string key) =>
        Get(map, key) is { } node ? AsScalar(node, key)?.Value : null;

    /// <summary>An optional true/false key; absent means false.</summary>
    public bool OptionalFlag(YamlMappingNode map, string key)
    {
        if (Get(map, key) is not { } node || AsScalar(node, key) is not { } scalar)
        {
            return false;
        }

        switch (scalar.Value?.ToUpperInvariant())
        {
            case "TRUE":
                return true;
            case "FALSE":
                return false;
            default:
                Report(SchemaDiagnosticIds.InvalidValue, scalar, scalar.Value ?? string.Empty, key, "true or false");
                return false;
        }
    }

    /// <summary>The scalar items of an optional sequence key; non-scalar items are reported and skipped.</summary>
    public List<YamlScalarNode> ScalarList(YamlMappingNode map, string key)
    {
        var list = new List<YamlScalarNode>();
        if (Get(map, key) is { } node && AsSequence(node, key) is { } sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (AsScalar(item, key + "[]") is { } scalar)
                {
                    list.Add(scalar);
                }
            }
        }

        return list;
    }

    /// <summary>The mapping items of an optional sequence key; non-mapping items are reported and skipped.</summary>
    public List<YamlMappingNode> MappingList(YamlMappingNode map, string key)
    {
        var list = new List<YamlMappingNode>();
        if (Get(map, key) is { } node && AsSequence(node, key) is { } sequence)
        {
            foreach (var item in sequence.Children)
            {
                if (AsMapping(item, key + "[]") is { } mapping)
                {
                    list.Add(mapping);
                }
            }
        }

        return list;
    }

    private static int ToInt(long value) => (int)Math.Min(Math.Max(value, 0), int.MaxValue);

    private T? As<T>(YamlNode? node, string path, string type)
        where T : YamlNode
    {
        if (node is null)
        {
            return null;
        }

        if (node is T typed)
        {
            return typed;
        }

        Report(SchemaDiagnosticIds.WrongType, node, path, type);
        return null;
    }
}
