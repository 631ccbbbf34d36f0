namespace ExecPlan.Schema;

/// <summary>
/// The roles rules ask a schema for (the contract between rules and schema files, which map each role to a part in
/// `roles:`); a schema without a part in a role has no such part, and the rules that need it stay silent.
/// </summary>
public static class SchemaRoles
{
    /// <summary>The kind of a role whose target is a section key.</summary>
    public const string SectionKind = "section";

    /// <summary>The kind of a role whose target is a front-matter field name.</summary>
    public const string FrontMatterKind = "front_matter";

    /// <summary>The kind of a role whose target is a line-field name.</summary>
    public const string LineFieldKind = "line_field";

    /// <summary>The kind of a role whose target is an entry field name.</summary>
    public const string EntryFieldKind = "entry_field";

    /// <summary>Section: the checklist of work done and to do.</summary>
    public const string Progress = "progress";

    /// <summary>Section: the acceptance criteria.</summary>
    public const string Acceptance = "acceptance";

    /// <summary>Section: outcomes and retrospective.</summary>
    public const string Outcomes = "outcomes";

    /// <summary>Section: the decision log.</summary>
    public const string Decisions = "decisions";

    /// <summary>Section: surprises and discoveries.</summary>
    public const string Surprises = "surprises";

    /// <summary>Section: the messages between agents.</summary>
    public const string Messages = "messages";

    /// <summary>Section: the milestones (each may be an H2 of its own, `## Milestone 2: ...`).</summary>
    public const string Milestones = "milestones";

    /// <summary>The section of Research Snapshots (its entry kind is the snapshot).</summary>
    public const string ResearchSnapshot = "research_snapshot";

    /// <summary>Section: the handoff summary.</summary>
    public const string Handoff = "handoff";

    /// <summary>Front matter: the plan's id.</summary>
    public const string Id = "id";

    /// <summary>Front matter: the plan's lifecycle status; line field: the Progress status line.</summary>
    public const string Status = "status";

    /// <summary>Front matter: the formatting profile.</summary>
    public const string Profile = "profile";

    /// <summary>Front matter: when the plan was created.</summary>
    public const string Created = "created";

    /// <summary>Front matter: when the plan was last updated.</summary>
    public const string Updated = "updated";

    /// <summary>Line field: the single next action.</summary>
    public const string NextAction = "next_action";

    /// <summary>Entry field: what backs an entry.</summary>
    public const string Evidence = "evidence";

    /// <summary>Entry field: where researched material came from.</summary>
    public const string Source = "source";

    /// <summary>Entry field: who owns a Progress item.</summary>
    public const string Owner = "owner";

    /// <summary>Entry field: who wrote an entry.</summary>
    public const string Author = "author";
}
