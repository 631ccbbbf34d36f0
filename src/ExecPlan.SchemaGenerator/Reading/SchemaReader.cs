using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ExecPlan.SchemaGenerator.Diagnostics;
using ExecPlan.SchemaGenerator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExecPlan.SchemaGenerator.Reading;

/// <summary>Reads one schema file into a model, or into located diagnostics when it is malformed; never throws.</summary>
internal static class SchemaReader
{
    private static readonly Regex NamespacePattern = new(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);

    // The keys a schema with sections needs besides them.
    private static readonly string[] SectionKeys = ["section_checks", "levels"];

    public static SchemaParseResult Read(SchemaSource source)
    {
        var context = new SchemaReadContext();
        SchemaModel? model = null;
        try
        {
            if (source.Text is null)
            {
                context.Report(SchemaDiagnosticIds.InvalidYaml, SourceSpan.FileStart, "the file could not be read");
            }
            else
            {
                model = ReadText(context, source.Text);
            }
        }
        catch (YamlException exception)
        {
            context.Report(SchemaDiagnosticIds.InvalidYaml, SchemaReadContext.SpanOf(exception.Start, exception.End), Describe(exception));
        }
#pragma warning disable CA1031 // A generator that throws breaks the whole build with an opaque error; report instead.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.Report(SchemaDiagnosticIds.InternalError, SourceSpan.FileStart, exception.GetType().Name + ": " + exception.Message);
        }

        // Half a model would emit half the code, which fails later with confusing C# errors; emit nothing instead.
        var sound = context.Diagnostics.Count == 0 ? model : null;
        return new SchemaParseResult(source.Path, sound, context.Diagnostics.ToEquatableArray(), context.NameSpan, sound is null ? null : context.Catalogue);
    }

    private static string Describe(YamlException exception) =>
        exception.InnerException is { } inner && !string.IsNullOrEmpty(inner.Message) ? exception.Message + " " + inner.Message : exception.Message;

    private static SchemaModel? ReadText(SchemaReadContext context, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception exception) when (exception is not YamlException)
        {
            // YamlDotNet's scanner has failed with other exception types on some unclosed flow collections.
            context.Report(SchemaDiagnosticIds.InvalidYaml, SourceSpan.FileStart, exception.Message);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            context.Report(SchemaDiagnosticIds.MissingKey, SourceSpan.FileStart, "schema file", "schema");
            return null;
        }

        if (context.AsMapping(stream.Documents[0].RootNode, "the document") is not { } root)
        {
            return null;
        }

        context.AllowKeys(root, "schema file", SchemaKeys.Root);
        var header = context.AsMapping(context.Require(root, "schema", "schema file"), "schema");
        if (header is not null)
        {
            context.AllowKeys(header, "schema", SchemaKeys.Header);
        }

        var name = header is null ? null : CheckName(context, context.RequireScalar(header, "name", "schema"));
        var ns = header is null ? null : CheckNamespace(context, context.RequireScalar(header, "namespace", "schema"));
        var catalogue = CatalogueReader.Read(context, header, root);
        var enums = EnumReader.Read(context, root);
        var frontMatter = FrontMatterReader.Read(context, root);
        var title = ReadTitle(context, root);
        var sectionChecks = SectionReader.ReadChecks(context, root);
        var levels = LevelReader.Read(context, root);
        var sections = SectionReader.Read(context, root, levels);
        if (sections.Any(s => !s.IsExtra))
        {
            // The structure validator needs a rule for every section check it emits, and a level to check at.
            foreach (var key in SectionKeys.Where(k => SchemaReadContext.Get(root, k) is null))
            {
                context.Report(SchemaDiagnosticIds.MissingKey, root, "schema file", key);
            }
        }

        var entries = EntryReader.Read(context, root, levels);
        var templates = TemplateReader.Read(context, root, sections, levels);
        var tokens = TemplateReader.ReadTokens(context, root);
        var rules = RuleReader.Read(context, root);
        var roles = RoleReader.Read(context, root);
        var repository = RepositoryReader.Read(context, root);
        var timestamps = ReadTimestamps(context, header);
        ReferenceCheck.Run(context, catalogue is null ? rules.Select(r => r.Id) : null, enums, entries);
        context.Catalogue = catalogue is null ? null : CatalogueReader.Use(context, catalogue);
        // A missing token is reported at the `template_tokens:` key, where it has to be added.
        var tokensNode = root.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: "template_tokens" }) ?? root;
        ReferenceCheck.CheckTokens(context, frontMatter, templates, tokens, SchemaReadContext.SpanOf(tokensNode));
        NameCheck.Run(context);
        if (name is null || ns is null)
        {
            return null;
        }

        return new SchemaModel(
            name,
            ns,
            header is null ? string.Empty : context.OptionalText(header, "title") ?? string.Empty,
            catalogue?.Value,
            enums.ToEquatableArray(),
            frontMatter,
            title,
            sectionChecks,
            sections.ToEquatableArray(),
            entries.ToEquatableArray(),
            templates.ToEquatableArray(),
            tokens.ToEquatableArray(),
            rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToEquatableArray(),
            roles.ToEquatableArray(),
            levels.ToEquatableArray(),
            timestamps ?? "Rfc3339",
            header is not null && context.OptionalFlag(header, "prose_first"),
            repository);
    }

    // `schema.timestamps`: rfc3339 (the default) or zoned-minutes.
    private static string? ReadTimestamps(SchemaReadContext context, YamlMappingNode? header)
    {
        if (header is null || context.AsScalar(SchemaReadContext.Get(header, "timestamps"), "schema.timestamps") is not { } node)
        {
            return null;
        }

        if (SchemaVocabulary.TimestampForms.TryGetValue(node.Value ?? string.Empty, out var form))
        {
            return form;
        }

        context.Report(SchemaDiagnosticIds.InvalidValue, node, node.Value ?? string.Empty, "timestamps", string.Join(" or ", SchemaVocabulary.TimestampForms.Keys));
        return null;
    }

    /// <summary>The schema name prefixes every hint name, so it must give a C# name.</summary>
    private static string? CheckName(SchemaReadContext context, YamlScalarNode? node)
    {
        if (node?.Value is not { } name)
        {
            return null;
        }

        context.NameSpan = SchemaReadContext.SpanOf(node);
        if (Emitting.Identifier.From(name).Length == 0)
        {
            context.Report(SchemaDiagnosticIds.InvalidName, node, name, "schema name");
            return null;
        }

        return name;
    }

    private static string? CheckNamespace(SchemaReadContext context, YamlScalarNode? node)
    {
        if (node?.Value is not { } ns)
        {
            return null;
        }

        if (!NamespacePattern.IsMatch(ns))
        {
            context.Report(SchemaDiagnosticIds.InvalidName, node, ns, "C# namespace");
            return null;
        }

        return ns;
    }

    private static TitleModel? ReadTitle(SchemaReadContext context, YamlMappingNode root)
    {
        if (context.AsMapping(SchemaReadContext.Get(root, "title"), "title") is not { } map)
        {
            return null;
        }

        context.AllowKeys(map, "title", SchemaKeys.Title);
        var prefix = context.RequireText(map, "prefix", "title");
        var placeholder = context.RequireText(map, "placeholder", "title");
        return prefix is null || placeholder is null ? null : new TitleModel(prefix, placeholder);
    }
}
