using ExecPlan.Schema;

namespace ExecPlan.Migration;

/// <summary>The name a migrated plan takes with --rename: `yyyy-mm-dd-slug-PLAN.md`, the date of its creation, beside the file.</summary>
internal static class PlanFileName
{
    /// <summary>The new full path, or null when the file's name already follows the convention.</summary>
    public static string? For(string path, FileHistory history)
    {
        var name = Path.GetFileName(path);
        if (PlanSchemas.ExecPlan.PlanFileName is { } convention && convention.IsMatch(name))
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        var slug = Slug.Of(stem.EndsWith("-PLAN", StringComparison.OrdinalIgnoreCase) ? stem[..^5] : stem) ?? "plan";
        var date = history.Created.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        slug = slug.StartsWith(date, StringComparison.Ordinal) ? slug[date.Length..].TrimStart('-') : slug;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"{date}-{slug}-PLAN.md");
    }
}
