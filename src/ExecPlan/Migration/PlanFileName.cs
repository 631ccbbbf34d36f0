using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>The name a migrated plan takes with --rename: `yyyy-mm-dd-slug-PLAN.md`, the date of its creation, beside the file.</summary>
internal static class PlanFileName
{
    /// <summary>The new full path, or null when the file's name already follows the convention; <paramref name="slug"/> is the plan's id.</summary>
    public static string? For(string path, FileHistory history, string slug)
    {
        var name = Path.GetFileName(path);
        if (PlanSchemas.ExecPlan.PlanFileName is { } convention && convention.IsMatch(name))
        {
            return null;
        }

        var date = history.Created.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        slug = slug.StartsWith(date, StringComparison.Ordinal) ? slug[date.Length..].TrimStart('-') : slug;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"{date}-{slug}-PLAN.md");
    }
}
