using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>
/// Maps rule IDs to the C# members that stand for them (the PascalCase of the kebab name): RuleIds.X and RuleCatalog.X of the
/// schema's own namespace, or fully qualified ones of the catalogue schema it uses.
/// </summary>
internal sealed class RuleNames
{
    private readonly Dictionary<string, string> byId;
    private readonly string qualifier;

    private RuleNames(IEnumerable<CatalogueRule> rules, string qualifier)
    {
        byId = rules.ToDictionary(r => r.Id, r => r.Member);
        this.qualifier = qualifier;
    }

    /// <summary>The schema's own rules, referred to by simple names.</summary>
    public static RuleNames Own(IEnumerable<RuleModel> rules) => new(rules.Select(r => new CatalogueRule(r.Id, Identifier.From(r.Name))), string.Empty);

    /// <summary>Another schema's rules, referred to by fully qualified names.</summary>
    public static RuleNames Of(SchemaCatalogue catalogue) => new(catalogue.Rules, "global::" + catalogue.Namespace + ".");

    /// <summary>The rule's ID constant; the reader and the catalogue check have already checked that the ID is declared.</summary>
    public string Id(string ruleId) => qualifier + "RuleIds." + byId[ruleId];

    /// <summary>The rule's descriptor.</summary>
    public string Descriptor(string ruleId) => qualifier + "RuleCatalog." + byId[ruleId];
}
