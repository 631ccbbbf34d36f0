using System.Collections.Immutable;
using ExecPlan.Schema;

namespace ExecPlan.Rules.Checks;

/// <summary>The primitive front-matter checks that the generated schema validator calls, one per schema field.</summary>
public interface IFrontMatterChecks
{
    /// <summary>Reports <paramref name="rule"/> when the field is absent or empty.</summary>
    void Required(FieldDescriptor field, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> when the field is a list or map, or its key repeats.</summary>
    void Scalar(FieldDescriptor field, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> when the value does not match the field's id pattern.</summary>
    void Id(FieldDescriptor field, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> when the value is not one of the field's allowed values.</summary>
    void Enum(FieldDescriptor field, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> when the value is not an RFC 3339 timestamp.</summary>
    void Timestamp(FieldDescriptor field, RuleDescriptor rule);

    /// <summary>Reports <paramref name="rule"/> for every key that is none of <paramref name="known"/>.</summary>
    void Unknown(ImmutableArray<FieldDescriptor> known, RuleDescriptor rule);
}
