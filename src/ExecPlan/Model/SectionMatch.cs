namespace ExecPlan.Model;

/// <summary>How an H2 heading was matched to the schema.</summary>
public enum SectionMatch
{
    /// <summary>Exactly a schema or extra section title.</summary>
    Exact,

    /// <summary>A near miss of a schema section title (case, `and`, small typo): counted as that section.</summary>
    NearMiss,

    /// <summary>A title the repository's configuration allows.</summary>
    Configured,

    /// <summary>Neither a schema section nor an allowed extra.</summary>
    Unknown,

    /// <summary>One part of a section written as several H2s (`## Milestone 2: API endpoint`): counted as that section, never as a repeat.</summary>
    Part,
}
