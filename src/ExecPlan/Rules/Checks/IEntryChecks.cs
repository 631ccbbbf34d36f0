using ExecPlan.Schema;

namespace ExecPlan.Rules.Checks;

/// <summary>The primitive entry check that the generated schema validator calls for every section holding entries.</summary>
public interface IEntryChecks
{
    /// <summary>Checks each entry of the present section against the entry kind's fields, reporting the kind's rule.</summary>
    void Entries(SectionDescriptor section, EntryDescriptor entry, RuleDescriptor rule);
}
