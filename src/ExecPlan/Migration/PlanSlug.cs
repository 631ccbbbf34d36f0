namespace ExecPlan.Migration;

/// <summary>
/// The slug a migrated plan's id and its --rename file name are made of: the file's name without the plan affixes
/// (`cache-PLAN.md`, `EXECPLAN_cache.md`, `cache_EXECPLAN.md`); for a name that says only that it is a plan (`PLAN.md`,
/// `EXECPLAN.md`, `exec-plan.md`), the plan's title, else its folder's name.
/// </summary>
internal static class PlanSlug
{
    // A slug made of a long title is cut at a word, to a length an id and a file name can carry.
    private const int MaxLength = 48;

    private static readonly string[] Affixes = ["EXEC_PLAN", "EXEC-PLAN", "EXECPLAN", "PLAN"];

    /// <summary>
    /// The name of the plan at <paramref name="path"/> for a title it lacks: its file's name without the plan affixes, else its
    /// folder's name (`cache-PLAN.md` is `cache`, `svc/EXECPLAN.md` is `svc`).
    /// </summary>
    public static string Name(string path) =>
        WithoutAffixes(Path.GetFileNameWithoutExtension(path)) is { Length: > 0 } name ? name
            : Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) is { Length: > 0 } folder ? folder
            : "plan";

    /// <summary>The slug for the plan at <paramref name="path"/> titled <paramref name="title"/> (null: none).</summary>
    public static string Of(string path, string? title)
    {
        if (Slug.Of(WithoutAffixes(Path.GetFileNameWithoutExtension(path))) is { } named)
        {
            return named;
        }

        var from = (title is null ? null : Slug.Of(title)) ?? Slug.Of(Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? string.Empty) ?? "plan";
        return Cut(from);
    }

    // `cache-PLAN` and `EXECPLAN_cache` are `cache`; `PLAN` and `EXECPLAN` are nothing.
    private static string WithoutAffixes(string stem)
    {
        foreach (var affix in Affixes)
        {
            if (stem.Equals(affix, StringComparison.OrdinalIgnoreCase))
            {
                return string.Empty;
            }
        }

        foreach (var affix in Affixes)
        {
            if (stem.Length > affix.Length + 1 && stem.EndsWith(affix, StringComparison.OrdinalIgnoreCase) && stem[^(affix.Length + 1)] is '-' or '_')
            {
                return stem[..^(affix.Length + 1)];
            }

            if (affix != "PLAN" && stem.Length > affix.Length + 1 && stem.StartsWith(affix, StringComparison.OrdinalIgnoreCase) && stem[affix.Length] is '-' or '_')
            {
                return stem[(affix.Length + 1)..];
            }
        }

        return stem;
    }

    private static string Cut(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var end = slug.LastIndexOf('-', MaxLength);
        return end > 0 ? slug[..end] : slug[..MaxLength];
    }
}
