using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Emits `RuleCatalog`: a RuleDescriptor per rule, All in ID order, and Find.</summary>
internal static class RuleCatalogEmitter
{
    public static string Emit(string ns, IReadOnlyList<RuleModel> rules)
    {
        var writer = CodeWriter.Start(ns);
        writer.Summary("The rule catalogue: every rule's ID, name, default severity, message and help.");
        writer.Open("public static class RuleCatalog");
        foreach (var rule in rules)
        {
            var name = Identifier.From(rule.Name);
            var arguments = new List<(string, List<string>)>
            {
                ("Id", CodeValue.Of("RuleIds." + name)),
                ("Name", CodeValue.Text(rule.Name)),
                ("DefaultSeverity", CodeValue.Of(EngineTypes.Severity + "." + rule.Severity)),
                ("MessageFormat", CodeValue.Text(rule.Message)),
                ("Help", CodeValue.Text(rule.Help)),
                ("Family", CodeValue.Text(rule.Family)),
                ("Parameters", CodeValue.Array("string", rule.Parameters.Select(p => CodeValue.Of(CSharpLiteral.Of(p))))),
            };
            if (rule.PlacedWhereMissing)
            {
                arguments.Add(("PlacedWhereMissing", CodeValue.Of("true")));
            }

            writer.Summary(rule.Id + " " + rule.Name + " (" + rule.Family + ").");
            writer.Value("public static " + EngineTypes.RuleDescriptor + " " + name + " { get; } = ", CodeValue.New(string.Empty, arguments), ";");
            writer.Line();
        }

        writer.Summary("Every rule, in ID order.");
        var all = CodeValue.Array(EngineTypes.RuleDescriptor, rules.Select(r => CodeValue.Of(Identifier.From(r.Name))));
        writer.Value("public static " + EngineTypes.ImmutableArrayOf(EngineTypes.RuleDescriptor) + " All { get; } = ", all, ";");
        writer.Line();
        writer.Summary("The rule with exactly this ID (ordinal), or null.");
        writer.Line("public static " + EngineTypes.RuleDescriptor + "? Find(string id) => id switch");
        writer.Line("{");
        foreach (var rule in rules)
        {
            writer.Line("    RuleIds." + Identifier.From(rule.Name) + " => " + Identifier.From(rule.Name) + ",");
        }

        writer.Line("    _ => null,");
        writer.Line("};");
        writer.Close();
        return writer.ToString();
    }
}
