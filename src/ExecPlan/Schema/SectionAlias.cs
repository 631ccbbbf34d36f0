namespace ExecPlan.Schema;

/// <summary>Another heading people write for a section (`Goal` for Purpose / Big Picture): it binds to the section with EXP0206.</summary>
/// <param name="Title">The heading text the schema declares as an alias.</param>
/// <param name="SectionKey">The key of the section it stands for.</param>
public sealed record SectionAlias(string Title, string SectionKey);
