using System.Collections.Generic;
using System.Linq;
using ExecPlan.SchemaGenerator.Model;

namespace ExecPlan.SchemaGenerator.Emitting;

/// <summary>Maps rule IDs to the C# names of their RuleIds/RuleCatalog members (the PascalCase of the kebab name).</summary>
internal sealed class RuleNames(IEnumerable<RuleModel> rules)
{
    private readonly Dictionary<string, string> byId = rules.ToDictionary(r => r.Id, r => Identifier.From(r.Name));

    /// <summary>The member name; the reader has already checked that every referenced ID is declared.</summary>
    public string Of(string ruleId) => byId[ruleId];
}
