namespace ExecPlan.Schema;

/// <summary>How strongly a conformance level asks for a section.</summary>
public enum Requirement
{
    /// <summary>A schema section the level does not ask for; order-checked when present.</summary>
    Optional,

    /// <summary>Absence is an error (EXP0202).</summary>
    Must,

    /// <summary>Absence is a warning at the standard level (EXP0203).</summary>
    Should,

    /// <summary>Required only when the section's condition holds (multi-agent, blocked).</summary>
    Conditional,
}
