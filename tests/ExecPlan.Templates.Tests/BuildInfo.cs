using System.Reflection;

namespace ExecPlan.Templates.Tests;

/// <summary>Where the repository is and which configuration the tests were built in (from assembly metadata).</summary>
internal static class BuildInfo
{
    public static string RepoRoot => Metadata("RepoRoot");

    public static string Configuration => Metadata("Configuration");

    public static string TemplatesProject => Path.Combine(RepoRoot, "src", "ExecPlan.Templates", "ExecPlan.Templates.csproj");

    private static string Metadata(string key) =>
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
