namespace ExecPlan.Templates;

/// <summary>The texts the rendered content holds where the template engine substitutes a value and the schema's own token cannot serve.</summary>
internal static class TemplateMarkers
{
    /// <summary>Stands for the task slug (from `-n`) in the plan's file name and its `id`; a file name cannot hold the schema's `&lt;stable-id&gt;`.</summary>
    public const string TaskSlug = "execplan-task";

    /// <summary>Stands for the date part of the plan's file name.</summary>
    public const string Date = "yyyy-mm-dd";

    /// <summary>Stands for every timestamp; the template engine reads template.json with date parsing on, so an RFC 3339 token there stops matching.</summary>
    public const string Now = "execplan-now";

    /// <summary>Stands for a cookbook plan's stamps (a zoned time to the minute, the cookbook's own spelling).</summary>
    public const string Stamp = "execplan-stamp";

    /// <summary>Stands for today's date in a cookbook plan's text (a decision's `Date/Author:`).</summary>
    public const string Today = "execplan-today";

    /// <summary>Stands for the repository's default conformance level in the policy files.</summary>
    public const string Level = "execplan-default-level";

    /// <summary>Stands for the repository's default profile in the policy files.</summary>
    public const string Profile = "execplan-default-profile";
}
