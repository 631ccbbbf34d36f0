using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using static ExecPlan.SchemaGenerator.Diagnostics.SchemaDiagnosticIds;

namespace ExecPlan.SchemaGenerator.Diagnostics;

/// <summary>The Roslyn descriptors behind the generator's diagnostic IDs; all are errors because bad input emits nothing.</summary>
internal static class SchemaDiagnosticDescriptors
{
    private const string Category = "ExecPlan.SchemaGenerator";

    private static readonly DiagnosticDescriptor InvalidYamlDescriptor = new(
        InvalidYaml,
        "Schema is not valid YAML",
        "The schema is not valid YAML: {0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor MissingKeyDescriptor = new(
        MissingKey,
        "Required schema key is missing",
        "The {0} lacks the required key '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor WrongTypeDescriptor = new(
        WrongType,
        "Schema node has the wrong type",
        "'{0}' must be a {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor InvalidValueDescriptor = new(
        InvalidValue,
        "Schema value is invalid",
        "'{0}' is not a valid value for '{1}'; expected {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownEnumDescriptor = new(
        UnknownEnum,
        "Unknown enum",
        "The enum '{0}' is not declared under 'enums'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor DuplicateRuleIdDescriptor = new(
        DuplicateRuleId,
        "Duplicate rule ID",
        "The rule ID '{0}' is declared more than once",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor InvalidRuleIdDescriptor = new(
        InvalidRuleId,
        "Invalid rule ID",
        "The rule ID '{0}' does not match ^EXP\\d{{4}}$",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownRuleDescriptor = new(
        UnknownRule,
        "Unknown rule",
        "'{1}' refers to the rule '{0}', which is not declared under 'rules' (or, with 'schema.catalogue', by the catalogue schema)",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor DuplicateSectionDescriptor = new(
        DuplicateSection,
        "Duplicate section",
        "The section {0} '{1}' is declared more than once",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownRequirementDescriptor = new(
        UnknownRequirement,
        "Unknown requirement",
        "'{0}' is not a requirement; use must, should, conditional or optional",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownSeverityDescriptor = new(
        UnknownSeverity,
        "Unknown severity",
        "'{0}' is not a severity; use error, warning, info, off or none",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownTemplateSectionDescriptor = new(
        UnknownTemplateSection,
        "Unknown template section",
        "The template '{0}' names the unknown section '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownEntryKindDescriptor = new(
        UnknownEntryKind,
        "Unknown entry kind",
        "The entry kind '{0}' is not declared under 'entries'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor RuleWithoutFamilyDescriptor = new(
        RuleWithoutFamily,
        "Rule without family",
        "The rule ID '{0}' starts with no prefix declared under 'families'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor DuplicateNameDescriptor = new(
        DuplicateName,
        "Duplicate name",
        "The {0} '{1}' is declared more than once",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor NameCollisionDescriptor = new(
        NameCollision,
        "C# name collision",
        "'{0}' becomes the C# name '{1}', which is reserved or already taken by '{2}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor MissingTokenDescriptor = new(
        MissingToken,
        "Missing template token",
        "No template token gives the front matter field '{0}'; add 'template_tokens.{0}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownEntryFieldDescriptor = new(
        UnknownEntryField,
        "Unknown entry field",
        "'{0}' is not a field of the entry kind '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor UnknownKeyDescriptor = new(
        UnknownKey,
        "Unknown schema key",
        "'{0}' is not a key of {1}; a misspelt key would be silently ignored",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor InvalidNameDescriptor = new(
        InvalidName,
        "Invalid schema name or namespace",
        "'{0}' is not a valid {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor SchemaClashDescriptor = new(
        SchemaClash,
        "Schema name or namespace already used",
        "The schema {0} '{1}' is already used by {2}; each schema file needs its own name and namespace",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor CatalogueConflictDescriptor = new(
        CatalogueConflict,
        "Rules beside a catalogue",
        "The schema reports the rules of the catalogue '{0}', so it cannot declare '{1}'; declare rules in the catalogue schema",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor InternalErrorDescriptor = new(
        InternalError,
        "Schema generator failure",
        "The schema generator failed on this file: {0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InvalidYamlDescriptor,
        MissingKeyDescriptor,
        WrongTypeDescriptor,
        InvalidValueDescriptor,
        UnknownEnumDescriptor,
        DuplicateRuleIdDescriptor,
        InvalidRuleIdDescriptor,
        UnknownRuleDescriptor,
        DuplicateSectionDescriptor,
        UnknownRequirementDescriptor,
        UnknownSeverityDescriptor,
        UnknownTemplateSectionDescriptor,
        UnknownEntryKindDescriptor,
        RuleWithoutFamilyDescriptor,
        DuplicateNameDescriptor,
        NameCollisionDescriptor,
        MissingTokenDescriptor,
        UnknownEntryFieldDescriptor,
        UnknownKeyDescriptor,
        InvalidNameDescriptor,
        SchemaClashDescriptor,
        CatalogueConflictDescriptor,
        InternalErrorDescriptor,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];
}
