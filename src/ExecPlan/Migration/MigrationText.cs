namespace ExecPlan.Migration;

/// <summary>The few words migration writes of its own: placeholders a person fills (EXP0212 finds them), and the words that keep a checkbox's state.</summary>
internal static class MigrationText
{
    /// <summary>What a comment says before a section whose heading was renamed with a note: the heading as it was.</summary>
    public const string HeadingWas = "heading was: ## ";

    /// <summary>The owner when neither --owner nor git names one.</summary>
    public const string UnknownOwner = "<owner>";

    /// <summary>The next action of a plan with no open item.</summary>
    public const string NoNextAction = "None: every item is done.";

    /// <summary>What a checked box outside Progress becomes: the item's state in words.</summary>
    public const string DoneItem = "(done)";

    /// <summary>What an empty box outside Progress becomes.</summary>
    public const string OpenItem = "(open)";

    /// <summary>
    /// What stands after the date of a date-time written without a zone when nothing says which zone it was (<paramref name="time"/>
    /// as written): a placeholder, so that EXP0212 asks a person for the zone. It starts with a word, not the time, as a placeholder does;
    /// it asks rather than says the zone is unknown.
    /// </summary>
    public static string UnknownZone(string time) => $"<at {time}, in which zone?>";

    /// <summary>
    /// The same for a time written with a zone's name whose offset is not known here (<paramref name="time"/> as written, name
    /// included: `18:00 CST`, or an IANA name the system's zone database lacks): the zone is known, its offset on that date is asked for.
    /// </summary>
    public static string NamedZone(string time) => $"<at {time}, at which UTC offset?>";
}
